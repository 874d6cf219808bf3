// One citeproc-js registry over some CSL items: their bibliography entries, each with the sort keys the
// engine sorted it by, and the in-text forms asked for. The sort keys (read from the engine's registry,
// citeproc 2.4.63) let entries formatted in separate registries be put back in the order one registry of
// all of them gives: citeproc inserts each entry by comparing those keys, ties going to the earlier item.
import CSL from 'citeproc';
import { BUNDLED_LOCALES, citationStyle, retrieveLocale } from './citation-styles';
import type { CitationStyleId } from '../document/briefing-document';
import type { CslItem } from './collision-groups';
import { fnv1a } from '../../text/fnv1a';
import { installSortCompare } from './citeproc-sort-compare';

installSortCompare();

export type CiteprocEntry = { sourceId: string; text: string; sortkeys: unknown[] };
export type InTextRequest = { key: string; sourceId: string; label: string; locator: string };
export type SortKeyed = { sortkeys: unknown[]; seq: number };

export type CiteprocRun = {
  /** The bibliography in the style's order. */
  entries: CiteprocEntry[];
  inText: Map<string, string>;
};

function createEngine(style: CitationStyleId, items: ReadonlyMap<string, CslItem>) {
  const chosen = citationStyle(style);
  const engine = new CSL.Engine(
    { retrieveLocale, retrieveItem: (id: string) => items.get(id) },
    chosen.csl,
    chosen.locale,
    true,
  );
  engine.setOutputFormat('text');
  return engine;
}

export function runCiteproc(
  style: CitationStyleId,
  items: readonly CslItem[],
  requests: readonly InTextRequest[],
): CiteprocRun {
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = createEngine(style, byId);
  engine.updateItems(items.map((item) => item.id));
  const sortkeys = new Map(engine.registry.reflist.map((token) => [token.id, token.sortkeys ?? []]));
  const bibliography = engine.makeBibliography();
  const entries: CiteprocEntry[] = bibliography
    ? bibliography[1].map((text, i) => {
        const sourceId = bibliography[0].entry_ids[i]?.[0] ?? '';
        return { sourceId, text: text.replace(/\s+/g, ' ').trim(), sortkeys: sortkeys.get(sourceId) ?? [] };
      })
    : [];
  // makeCitationCluster renders against the registry updateItems filled, without re-running it per
  // citation as previewCitationCluster does (quadratic in the sources).
  const inText = new Map<string, string>();
  for (const { key, sourceId, label, locator } of requests)
    inText.set(key, engine.makeCitationCluster([{ id: sourceId, locator, label }]).trim());
  return { entries, inText };
}

/** Bumped when what a run keeps changes shape or wording (the text's whitespace, the sort keys). */
const RUN_FORMAT = 1;
/**
 * The citeproc package this code runs, as package.json pins it. The engine's own PROCESSOR_VERSION stays
 * put across releases that change output, so the package's version is what tells them apart;
 * tests/core/briefing/csl/formatter-stamp.test.ts fails when the installed package is another.
 */
export const CITEPROC_PACKAGE_VERSION = '2.4.63';
const stamps = new Map<CitationStyleId, string>();

/**
 * What a formatted reference depends on besides its item: citeproc's version, the style and its locale.
 * Formatted groups kept between sessions carry it in their key, so an app update that changes any of
 * them formats every group afresh instead of reading a stale one.
 */
export function formatterStamp(style: CitationStyleId): string {
  let stamp = stamps.get(style);
  if (stamp === undefined) {
    // citeproc builds a style's terms from en-US under its own locale, so every bundled locale counts.
    const text = [citationStyle(style).csl, ...BUNDLED_LOCALES.map(retrieveLocale)].join('\u0000');
    stamp = `${RUN_FORMAT}:${CITEPROC_PACKAGE_VERSION}:${fnv1a(text).toString(16)}`;
    stamps.set(style, stamp);
  }
  return stamp;
}

type Comparer = (a: SortKeyed, b: SortKeyed) => number;
const comparers = new Map<CitationStyleId, Comparer>();
const quickComparers = new Map<CitationStyleId, Comparer>();

/** The style's own bibliography order on sort keys, ties to the lower `seq` (as citeproc breaks them). */
export function bibliographyComparer(style: CitationStyleId): Comparer {
  let compare = comparers.get(style);
  if (!compare) {
    const { registry } = createEngine(style, new Map());
    compare = (a, b) => registry.sorter.compareKeys(a, b);
    comparers.set(style, compare);
  }
  return compare;
}

/**
 * Nearly the style's bibliography order, fast: the sort keys in the style's directions, an undefined key
 * placed as citeproc places it, strings compared by one Intl.Collator with the options citeproc gives
 * localeCompare, ties to the lower `seq`. What citeproc adds (its locale's lower-casing, leading brackets
 * set aside) is left out, so the result is checked against `bibliographyComparer` (bibliography-order.ts).
 */
export function quickBibliographyComparer(style: CitationStyleId): Comparer {
  let compare = quickComparers.get(style);
  if (!compare) {
    const engine = createEngine(style, new Map());
    const directions = engine.bibliography_sort.opt.sort_directions;
    const locale = engine.opt['default-locale-sort'] || 'en-US';
    const collator = new Intl.Collator(locale, {
      sensitivity: 'base',
      ignorePunctuation: true,
      numeric: true,
    });
    compare = (a, b) => {
      const length = a.sortkeys.length;
      for (let pos = 0; pos < length; pos++) {
        const x = a.sortkeys[pos];
        const y = b.sortkeys[pos];
        if (x === y) continue;
        // citeproc puts an item without the key after one with it, whichever the direction.
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        const [before, after] = directions[pos] ?? [-1, 1];
        const order = collator.compare(String(x), String(y));
        if (order > 0) return after;
        if (order < 0) return before;
      }
      return a.seq - b.seq;
    };
    quickComparers.set(style, compare);
  }
  return compare;
}
