// Splits the cited sources into groups whose citations can never interact in citeproc, so each group can
// be formatted (and cached) on its own and still read exactly as in one registry of every source.
//
// Sources interact only when their rendered names (or what stands in for them) read alike: a year
// suffix ("2016a") or added names and initials are given to cites that would otherwise print the same;
// APA and Chicago (givenname-disambiguation-rule primary-name…) add initials to every first author
// sharing a family name, in any year; Chicago's subsequent-author-substitute ("———") compares an entry's
// names with the entry before it. So the key is deliberately coarse (an over-approximation):
// - a source with an author is keyed by the last word of its first author's name as printed (literal, or
//   family, or given), lower-cased, without accents or punctuation: "van Gogh" and "Gogh" with the particle
//   "van" share "gogh". Every style prints the author first when there is one;
// - sources without an author, and those of a type APA cites by title (bills, cases, legislation,
//   treaties), are one group: a style substitutes editors, translators, a container or
//   short title, in an order of its own and by type (APA). An author is joined to that group when its key
//   is any word of any text those sources hold, so whatever a style substitutes, a collision is caught;
// - the year joins the key only for a style that disambiguates names by cite and substitutes no
//   repeated author (Harvard), and only when every source of that name has a plain numeric `issued`
//   year (a raw or missing date could print as any year). A style that disambiguates all names
//   (givenname-disambiguation-rule all-names…) is not split at all;
// - sources sharing a key are one group (union-find), so the groups are closed under "could collide".
// tests/core/briefing/csl/grouped-citations.test.ts holds formatting by groups to formatting the whole.
import { createDisjointSets } from '../../lists/disjoint-sets';

export type CslItem = Record<string, unknown> & { id: string };

/** Whether a style lets the year keep sources of one name apart (see above), read from its CSL. */
export function yearSeparates(csl: string): boolean {
  return (
    !/subsequent-author-substitute/.test(csl) && !/givenname-disambiguation-rule="(all|primary)/.test(csl)
  );
}

/** The last word of a name or title, lower-cased, without accents or punctuation. */
export function lastWordKey(value: string): string {
  const plain = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '');
  const words = plain.split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}

/** Types APA cites by their title even when they have an author (its author-intext macro). */
const TITLE_CITED_TYPES = new Set(['bill', 'legal_case', 'legislation', 'treaty']);

/**
 * The key of the first author's name as citeproc prints it (a `literal` name wins over the parts beside
 * it), or null for a source cited by something else: one without an author, or of a type a style cites
 * by title, which joins the sources a style substitutes for.
 */
function authorKey(item: CslItem): string | null {
  const authors = item.author;
  if (!Array.isArray(authors) || authors.length === 0) return null;
  if (typeof item.type === 'string' && TITLE_CITED_TYPES.has(item.type)) return null;
  const first = (authors[0] ?? {}) as Record<string, unknown>;
  const text = [first.literal, first.family, first.given].find((v) => typeof v === 'string' && v.trim());
  return typeof text === 'string' ? lastWordKey(text) || null : null;
}

/** Every word of every text the source holds (walked with a stack of our own), as `lastWordKey` spells it. */
function wordsOf(item: CslItem, into: Set<string>): void {
  const stack: unknown[] = [item];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      for (const word of value.split(/\s+/)) {
        const key = lastWordKey(word);
        if (key) into.add(key);
      }
    } else if (Array.isArray(value)) for (const element of value) stack.push(element);
    else if (value && typeof value === 'object')
      for (const element of Object.values(value)) stack.push(element);
  }
}

/** The plain numeric year of `issued`, or null when the date could print as anything else. */
function plainYear(item: CslItem): number | null {
  const issued = item.issued as { 'date-parts'?: unknown[][]; raw?: unknown; literal?: unknown } | undefined;
  if (!issued || issued.raw !== undefined || issued.literal !== undefined) return null;
  const year = issued['date-parts']?.[0]?.[0];
  return typeof year === 'number' && Number.isInteger(year) ? year : null;
}

/** Groups of item indices (each in input order), the groups in order of their first item. */
export function groupByCollision(items: readonly CslItem[], csl: string): number[][] {
  if (/givenname-disambiguation-rule="all-names/.test(csl))
    return items.length ? [items.map((_, i) => i)] : [];
  const separateYears = yearSeparates(csl);
  const keys = items.map(authorKey);
  const uncertain = new Set<string>();
  const unauthoredWords = new Set<string>();
  items.forEach((item, i) => {
    const key = keys[i];
    if (key === null || key === undefined) wordsOf(item, unauthoredWords);
    else if (plainYear(item) === null) uncertain.add(key);
  });
  const sets = createDisjointSets(items.length);
  const owner = new Map<string, number>();
  const join = (key: string, i: number) => {
    const other = owner.get(key);
    if (other === undefined) owner.set(key, i);
    else sets.union(other, i);
  };
  items.forEach((item, i) => {
    const key = keys[i];
    if (key === null || key === undefined) return join(UNAUTHORED, i);
    join(separateYears && !uncertain.has(key) ? `${key}|${plainYear(item)}` : key, i);
    if (unauthoredWords.has(key)) join(UNAUTHORED, i);
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

/** The one group of sources without an author; no name key can spell it (keys have no spaces). */
const UNAUTHORED = ' unauthored';
