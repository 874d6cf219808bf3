// References and in-text citations through citeproc-js, the CSL engine Zotero uses: no formatter of our
// own. Each cited source becomes a CSL-JSON item (its stored metadata, its title when the metadata has
// none); the engine gives the bibliography in the style's order and each citation's in-text form with
// its locator ("(Department for Education, 2014, p. 4)"). Plain text output: writers escape it.
//
// The sources are split into groups that cannot collide (collision-groups.ts). Every group not in the
// cache is formatted in one registry together, which reads exactly as the registry of all sources (the
// groups share no disambiguation), and entries from the cache are put back in the style's order by their
// sort keys. `onlySources` formats just the groups holding those sources: a preview's references, in the
// order and wording the whole briefing gives them.
import { citationStyle } from './citation-styles';
import { groupByCollision, type CslItem } from './collision-groups';
import type { CitationCache, FormattedGroup } from './citation-cache';
import { bibliographyComparer, runCiteproc, type CiteprocEntry, type InTextRequest } from './run-citeproc';
import type { CitationStyleId } from '../document/briefing-document';
import type { Source } from '../../model/records';

export type CitedPassage = { sourceId: string; locator: { label: 'page' | 'paragraph'; value: string } };

export type FormattedCitations = {
  /** The bibliography, each source once, in the style's order. */
  references: { sourceId: string; text: string }[];
  /** The in-text form of each passage, in the order given ('' for a source not formatted). */
  inText: string[];
};

export type FormatCitationsOptions = {
  cache?: CitationCache;
  /** Format only the groups holding these sources; the others get no reference and no in-text form. */
  onlySources?: ReadonlySet<string>;
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

export function formatCitations(
  style: CitationStyleId,
  sources: readonly Source[],
  passages: readonly CitedPassage[],
  options: FormatCitationsOptions = {},
): FormattedCitations {
  if (sources.length === 0) return { references: [], inText: passages.map(() => '') };
  const items = [...new Map(sources.map((source) => [source.id, toCslItem(source)])).values()];
  const groups = groupByCollision(items, citationStyle(style).csl);
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
  const wanted = options.onlySources
    ? groups.flatMap((_, g) => (groups[g]!.some((i) => options.onlySources!.has(items[i]!.id)) ? [g] : []))
    : groups.map((_, g) => g);

  const formatted = new Map<number, FormattedGroup>();
  const pending: number[] = [];
  const cacheKeys = new Map<number, string>();
  for (const g of wanted) {
    const key = `${style}\u0000${JSON.stringify(groups[g]!.map((i) => items[i]))}`;
    cacheKeys.set(g, key);
    const cached = options.cache?.get(key);
    const asked = requests.get(g)?.keys() ?? [].values();
    if (cached && [...asked].every((k) => cached.inText.has(k))) formatted.set(g, cached);
    else pending.push(g);
  }
  const { fresh, order } = formatPending(style, items, groups, pending, requests, groupOf);
  for (const [g, group] of fresh) {
    const previous = options.cache?.get(cacheKeys.get(g)!);
    if (previous)
      for (const [k, form] of previous.inText) if (!group.inText.has(k)) group.inText.set(k, form);
    options.cache?.set(cacheKeys.get(g)!, group);
    formatted.set(g, group);
  }

  const references =
    fresh.size === formatted.size
      ? order.map(plainEntry)
      : mergeEntries(style, items, formatted, fresh, order);
  const inText = passages.map((passage) => {
    const g = groupOf.get(passage.sourceId);
    const form = g === undefined ? undefined : formatted.get(g)?.inText.get(requestOf(passage).key);
    if (form === undefined) return '';
    return WHOLE_NUMBER.test(passage.locator.value) ? form.replace(PLACEHOLDER, passage.locator.value) : form;
  });
  return { references, inText };
}

/** Formats the pending groups in one registry (their items in input order) and splits the result by group. */
function formatPending(
  style: CitationStyleId,
  items: readonly CslItem[],
  groups: readonly number[][],
  pending: readonly number[],
  requests: ReadonlyMap<number, ReadonlyMap<string, InTextRequest>>,
  groupOf: ReadonlyMap<string, number>,
): { fresh: Map<number, FormattedGroup>; order: CiteprocEntry[] } {
  const result = new Map<number, FormattedGroup>();
  if (pending.length === 0) return { fresh: result, order: [] };
  const indices: number[] = [];
  const asked: InTextRequest[] = [];
  for (const g of pending) {
    result.set(g, { entries: [], inText: new Map() });
    for (const i of groups[g]!) indices.push(i);
    for (const request of requests.get(g)?.values() ?? []) asked.push(request);
  }
  indices.sort((a, b) => a - b);
  const run = runCiteproc(
    style,
    indices.map((i) => items[i]!),
    asked,
  );
  for (const entry of run.entries) result.get(groupOf.get(entry.sourceId)!)?.entries.push(entry);
  for (const request of asked)
    result.get(groupOf.get(request.sourceId)!)!.inText.set(request.key, run.inText.get(request.key)!);
  return { fresh: result, order: run.entries };
}

const plainEntry = (entry: CiteprocEntry) => ({ sourceId: entry.sourceId, text: entry.text });

/**
 * The formatted groups' entries in the style's order, as citeproc sorts (sort keys, then input order):
 * the fresh run is in that order already (its items kept their relative input order), so only the
 * entries from the cache are sorted, then the two lists merged.
 */
function mergeEntries(
  style: CitationStyleId,
  items: readonly CslItem[],
  formatted: ReadonlyMap<number, FormattedGroup>,
  fresh: ReadonlyMap<number, FormattedGroup>,
  order: readonly CiteprocEntry[],
): { sourceId: string; text: string }[] {
  const seq = new Map(items.map((item, i) => [item.id, i + 1]));
  const keyed = (entry: CiteprocEntry) => ({
    entry,
    sortkeys: entry.sortkeys,
    seq: seq.get(entry.sourceId) ?? 0,
  });
  const compare = bibliographyComparer(style);
  const cached: ReturnType<typeof keyed>[] = [];
  for (const [g, group] of formatted)
    if (!fresh.has(g)) for (const entry of group.entries) cached.push(keyed(entry));
  cached.sort(compare);
  const run = order.map(keyed);
  const merged: { sourceId: string; text: string }[] = [];
  let a = 0;
  let b = 0;
  while (a < run.length || b < cached.length) {
    const takeRun = b >= cached.length || (a < run.length && compare(run[a]!, cached[b]!) < 0);
    merged.push(plainEntry(takeRun ? run[a++]!.entry : cached[b++]!.entry));
  }
  return merged;
}

/** The source's CSL-JSON with its id; a type CSL knows (a document otherwise) and a title. */
export function toCslItem(source: Source): CslItem {
  const { metadata } = source;
  return {
    ...metadata,
    id: source.id,
    type: metadata.type || 'document',
    title: metadata.title?.trim() || source.title,
  };
}
