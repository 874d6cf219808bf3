// Formatting citations in three steps, so the one slow step can run wherever there is a free core: a
// plan (which collision groups need citeproc, the cache's answers for the others, the in-text forms
// asked for), batches of pending groups each formatted by `runCiteproc` in a registry of its own (in
// this thread, a worker thread or a web worker), and the assembly of the results into one bibliography
// in the style's order. Groups cannot collide (collision-groups.ts), so any split of them into batches
// prints what one registry of every source prints; entries from separate registries are merged by the
// sort keys citeproc sorted them by, ties to the earlier source, as one registry breaks them.
import { citeprocBatchCount } from './batch-count';
import { citationStyle } from './citation-styles';
import { groupByCollision, type CslItem } from './collision-groups';
import type { CitationCache, FormattedGroup } from './citation-cache';
import { mergeInStyleOrder, sortInStyleOrder, type Ordered } from './bibliography-order';
import { formatterStamp, type CiteprocEntry, type CiteprocRun, type InTextRequest } from './run-citeproc';
import type { CitationStyleId } from '../document/briefing-document';

export type CitedPassage = { sourceId: string; locator: { label: 'page' | 'paragraph'; value: string } };

export type FormattedCitations = {
  /** The bibliography, each source once, in the style's order. */
  references: { sourceId: string; text: string }[];
  /** The in-text form of each passage, in the order given ('' for a source not formatted). */
  inText: string[];
};

/** One registry's worth of work: what `runCiteproc` takes, plain data that can cross to a worker. */
export type CiteprocBatch = { style: CitationStyleId; items: CslItem[]; requests: InTextRequest[] };

export type PlanOptions = {
  cache?: CitationCache;
  /** Format only the groups holding these sources; the others get no reference and no in-text form. */
  onlySources?: ReadonlySet<string>;
  /**
   * Cores the caller can run batches on: the pending groups are cut into as many batches as
   * `citeprocBatchCount` gives for the sources still to format (default 1: one batch).
   */
  cores?: number;
  /** Exactly this many batches (at most one per pending group), whatever is pending. */
  batches?: number;
  /** The items' groups and keys worked out already (`groupCitations` of these very items). */
  grouping?: CitationGrouping;
};

export type CitationPlan = {
  style: CitationStyleId;
  passages: readonly CitedPassage[];
  items: CslItem[];
  groups: number[][];
  groupOf: Map<string, number>;
  /** Groups whose formatting came from the cache. */
  cached: Map<number, FormattedGroup>;
  /** The groups each batch formats, in batch order. */
  batchGroups: number[][];
  batches: CiteprocBatch[];
  cacheKeys: Map<number, string>;
  cache: CitationCache | undefined;
};

/**
 * A whole-number locator is rendered once per source and label with a placeholder number put in its
 * place, since the style treats every whole number alike; other locators (page labels such as "iv" or
 * "A-3") are rendered as they are. The placeholder is one no year or page reads.
 */
const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/;
const PLACEHOLDER = '918273645';

function requestOf(passage: CitedPassage): InTextRequest {
  const { sourceId, locator } = passage;
  const value = WHOLE_NUMBER.test(locator.value) ? PLACEHOLDER : locator.value;
  return {
    key: `${sourceId}\u0000${locator.label}\u0000${value}`,
    sourceId,
    label: locator.label,
    locator: value,
  };
}

/** A group's cache key: the style, what formatted it, and the group's CSL-JSON itself (citation-cache.ts). */
const groupKey = (style: CitationStyleId, members: readonly CslItem[]) =>
  `${style}\u0000${formatterStamp(style)}\u0000${JSON.stringify(members)}`;

export function planCitations(
  style: CitationStyleId,
  items: CslItem[],
  passages: readonly CitedPassage[],
  options: PlanOptions = {},
): CitationPlan {
  const { groups, keys } = options.grouping ?? groupCitations(style, items);
  const groupOf = new Map<string, number>();
  groups.forEach((members, g) => {
    for (const i of members) groupOf.set(items[i]!.id, g);
  });
  const requests = new Map<number, Map<string, InTextRequest>>();
  for (const passage of passages) {
    const g = groupOf.get(passage.sourceId);
    if (g === undefined) continue;
    const request = requestOf(passage);
    let asked = requests.get(g);
    if (!asked) requests.set(g, (asked = new Map()));
    asked.set(request.key, request);
  }
  const { onlySources, cache } = options;
  const wanted = onlySources
    ? groups.flatMap((members, g) => (members.some((i) => onlySources.has(items[i]!.id)) ? [g] : []))
    : groups.map((_, g) => g);
  const cached = new Map<number, FormattedGroup>();
  const pending: number[] = [];
  const cacheKeys = new Map<number, string>();
  for (const g of wanted) {
    const key = keys[g]!;
    cacheKeys.set(g, key);
    const hit = cache?.get(key);
    const asked = requests.get(g)?.keys() ?? [].values();
    if (hit && [...asked].every((k) => hit.inText.has(k))) cached.set(g, hit);
    else pending.push(g);
  }
  const pendingSources = pending.reduce((sum, g) => sum + groups[g]!.length, 0);
  const count = options.batches ?? citeprocBatchCount(pendingSources, options.cores ?? 1);
  const batchGroups = splitGroups(groups, pending, count);
  const batches = batchGroups.map((batch) => {
    const indices = batch.flatMap((g) => groups[g]!).sort((a, b) => a - b);
    return {
      style,
      items: indices.map((i) => items[i]!),
      requests: batch.flatMap((g) => [...(requests.get(g)?.values() ?? [])]),
    };
  });
  return { style, passages, items, groups, groupOf, cached, batchGroups, batches, cacheKeys, cache };
}

/** Pending groups in input order, cut into at most `count` runs of about equal item counts. */
function splitGroups(groups: readonly number[][], pending: readonly number[], count: number): number[][] {
  if (pending.length === 0) return [];
  const total = pending.reduce((sum, g) => sum + groups[g]!.length, 0);
  const share = Math.ceil(total / Math.max(1, Math.floor(count)));
  const batches: number[][] = [[]];
  let filled = 0;
  for (const g of pending) {
    if (filled >= share) {
      batches.push([]);
      filled = 0;
    }
    batches[batches.length - 1]!.push(g);
    filled += groups[g]!.length;
  }
  return batches;
}

/** The formatted citations from the plan and each batch's run (in batch order); fills the cache. */
export function assembleCitations(plan: CitationPlan, runs: readonly CiteprocRun[]): FormattedCitations {
  const { groupOf, cache, cacheKeys } = plan;
  const formatted = new Map(plan.cached);
  runs.forEach((run, b) => {
    const fresh = new Map<number, FormattedGroup>();
    for (const g of plan.batchGroups[b]!) fresh.set(g, { entries: [], inText: new Map() });
    for (const entry of run.entries) fresh.get(groupOf.get(entry.sourceId)!)?.entries.push(entry);
    for (const request of plan.batches[b]!.requests)
      fresh.get(groupOf.get(request.sourceId)!)!.inText.set(request.key, run.inText.get(request.key)!);
    for (const [g, group] of fresh) {
      const previous = cache?.get(cacheKeys.get(g)!);
      if (previous)
        for (const [k, form] of previous.inText) if (!group.inText.has(k)) group.inText.set(k, form);
      cache?.set(cacheKeys.get(g)!, group);
      formatted.set(g, group);
    }
  });
  const references = bibliographyOf(plan, runs).map((entry) => ({
    sourceId: entry.sourceId,
    text: entry.text,
  }));
  const inText = plan.passages.map((passage) => {
    const g = groupOf.get(passage.sourceId);
    const form = g === undefined ? undefined : formatted.get(g)?.inText.get(requestOf(passage).key);
    if (form === undefined) return '';
    return WHOLE_NUMBER.test(passage.locator.value) ? form.replace(PLACEHOLDER, passage.locator.value) : form;
  });
  return { references, inText };
}

/** Each entry with its sort keys and its item's input position (1-based), as citeproc orders them. */
function orderedBy(plan: CitationPlan): (entry: CiteprocEntry) => Ordered<CiteprocEntry> {
  const seq = new Map(plan.items.map((item, i) => [item.id, i + 1]));
  return (entry) => ({ entry, sortkeys: entry.sortkeys, seq: seq.get(entry.sourceId) ?? 0 });
}

/**
 * The runs' entries (each run in the style's order) and the cached groups' entries in one list in the
 * style's order.
 */
function bibliographyOf(plan: CitationPlan, runs: readonly CiteprocRun[]): CiteprocEntry[] {
  const ordered = orderedBy(plan);
  const lists = runs.map((run) => run.entries.map(ordered));
  if (plan.cached.size > 0) {
    const cached: Ordered<CiteprocEntry>[] = [];
    for (const group of plan.cached.values()) for (const entry of group.entries) cached.push(ordered(entry));
    lists.push(sortInStyleOrder(plan.style, cached));
  }
  return mergeInStyleOrder(plan.style, lists).map((o) => o.entry);
}

/**
 * The items' collision groups and each group's cache key, as `planCitations` looks them up. A briefing
 * works them out once and passes them to each of its plans (the stored groups' read, the start, the
 * whole), since at ten thousand sources each pass costs a tenth of a second.
 */
export type CitationGrouping = { groups: number[][]; keys: string[] };

export function groupCitations(style: CitationStyleId, items: readonly CslItem[]): CitationGrouping {
  const groups = groupByCollision(items, citationStyle(style).csl);
  return {
    groups,
    keys: groups.map((members) =>
      groupKey(
        style,
        members.map((i) => items[i]!),
      ),
    ),
  };
}
