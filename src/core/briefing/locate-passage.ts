// Where a reader finds a passage: the printed page label of a paginated source ("p. 4"), otherwise the
// paragraph number in the stored text, counting blocks separated by blank lines ("para. 12"). The CSL
// engine receives the same locator (label and value) so in-text citations and footnotes agree. A briefing
// locates many passages of one source: `createPassageLocator` indexes each source's paragraphs once.
import type { Source } from '../model/records';
import { indexParagraphs, type ParagraphIndex } from './paragraph-index';

export type PassageLocator = { label: 'page' | 'paragraph'; value: string; text: string };

export function locatePassage(source: Source, offset: number): PassageLocator {
  const page = findPage(source, offset);
  if (page !== undefined) return { label: 'page', value: page, text: `p. ${page}` };
  const n = String(paragraphNumber(source.text, offset));
  return { label: 'paragraph', value: n, text: `para. ${n}` };
}

/** locatePassage for many passages: each source's paragraphs are found once, on its first passage. */
export function createPassageLocator(): (source: Source, offset: number) => PassageLocator {
  // Keyed by the source record itself: two records of one id (a test's, an old version's) keep apart.
  const indexes = new Map<Source, ParagraphIndex>();
  return (source, offset) => {
    const page = findPage(source, offset);
    if (page !== undefined) return { label: 'page', value: page, text: `p. ${page}` };
    let index = indexes.get(source);
    if (!index) {
      index = indexParagraphs(source.text, paragraphNumber);
      indexes.set(source, index);
    }
    const n = String(index.numberAt(offset));
    return { label: 'paragraph', value: n, text: `para. ${n}` };
  };
}

function findPage(source: Source, offset: number): string | undefined {
  const pages = source.pages ?? [];
  if (pages.length === 0) return undefined;
  const within = pages.find((p) => p.start <= offset && offset < p.end);
  // Text past the last page body (running headers kept at the end) belongs to no page: take the nearest before.
  const before = pages.findLast((p) => p.start <= offset);
  const page = within ?? before ?? pages[0];
  const label = page?.label.trim() || (page ? String(page.index + 1) : '');
  return label || undefined;
}

/** 1-based number of the paragraph (block between blank lines) holding `offset`. */
export function paragraphNumber(text: string, offset: number): number {
  const chunks = text.slice(0, Math.max(0, offset)).split(/\n[ \t]*(?:\n[ \t]*)+/);
  const filled = chunks.filter((chunk) => chunk.trim() !== '').length;
  // An offset right after a blank line (or at the very start) opens a new paragraph.
  const opensNew = (chunks[chunks.length - 1] ?? '').trim() === '';
  return Math.max(1, filled + (opensNew ? 1 : 0));
}
