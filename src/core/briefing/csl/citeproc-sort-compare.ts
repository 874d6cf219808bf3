// citeproc's string comparison for sorting the bibliography, as citeproc 2.4.63 defines it
// (CSL.getSortCompare) but with its collator built once. citeproc calls
// `lower(a).localeCompare(lower(b), locale, options)` on every comparison of two sort keys, and
// localeCompare with a locale and options builds a collator each time: at 10,000 sources the registry's
// sorted inserts spent about 2 s of a 17 s run there. By ECMA-402, `a.localeCompare(b, locales, options)`
// is `new Intl.Collator(locales, options).compare(a, b)`, so the order is citeproc's exactly; the
// briefing tests pinned by digest hold it to that. Each key's lower-cased form is kept for the
// comparator's life, since a binary insert compares one key with many.
import CSL from 'citeproc';

type SortState = { tmp: { lang_array?: string[] } };
type Compare = (a: string, b: string) => number;

const OPTIONS: Intl.CollatorOptions = { sensitivity: 'base', ignorePunctuation: true, numeric: true };
const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, OPTIONS)));
  return collator;
}

/** Lower-cased keys kept per comparator; a comparator kept for the process's life starts again past it. */
const KEPT_KEYS = 100_000;

/** What citeproc's CSL.getSortCompare returns, for `state` (the engine's) and its sort locale. */
export function sortCompareFor(this: SortState, defaultLocale?: string): Compare {
  const collator = collatorFor(defaultLocale || 'en-US');
  const langs = this.tmp.lang_array;
  const lowered = new Map<string, string>();
  // citeproc's CSL.toLocaleLowerCase: the engine's languages, else plain lower case.
  const lower = (text: string) => {
    let low = lowered.get(text);
    if (low === undefined) {
      try {
        low = text.toLocaleLowerCase(langs);
      } catch {
        low = text.toLowerCase();
      }
      if (lowered.size >= KEPT_KEYS) lowered.clear();
      lowered.set(text, low);
    }
    return low;
  };
  const strcmp: Compare = (a, b) => collator.compare(lower(a), lower(b));
  // As citeproc: when the collation does not already set a leading bracket or quote aside, strip it.
  if (!strcmp('[x', 'x')) return strcmp;
  const stripPunct = (text: string) => text.replace(/^[[\]'"]*/g, '');
  return (a, b) => strcmp(stripPunct(a), stripPunct(b));
}

/** Makes every engine created from now on sort with `sortCompareFor`; once per process is enough. */
export function installSortCompare(): void {
  (CSL as unknown as { getSortCompare: typeof sortCompareFor }).getSortCompare = sortCompareFor;
}
