// "Find in document": every place the typed text occurs in a source's text, ignoring case and accents but
// otherwise literally (spaces and punctuation included), as stored offsets, so the reader can mark them on
// the text or on the PDF pages and step through them.
import { foldText } from './fold-text';

export type FoundRange = { start: number; end: number };

/** At most this many hits are reported, so a one-letter search in a long text stays quick to draw. */
export const MAX_FIND_HITS = 1000;

export function findInText(text: string, needle: string, max = MAX_FIND_HITS): FoundRange[] {
  const wanted = foldText(needle.replace(/\s+/g, ' ').trim());
  if (!wanted) return [];
  // White space in the text may be any run of spaces or line breaks, as the reader shows it.
  const folded = foldText(text);
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const found: FoundRange[] = [];
  for (const match of folded.matchAll(new RegExp(escaped, 'g'))) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (found.length >= max) break;
  }
  return found;
}
