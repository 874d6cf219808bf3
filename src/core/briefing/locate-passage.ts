// Where a reader finds a passage: the printed page label of a paginated source ("p. 4"), otherwise the
// paragraph number in the stored text, counting blocks separated by blank lines ("para. 12"). The CSL
// engine receives the same locator (label and value) so in-text citations and footnotes agree.
import type { Source } from '../model/records';

export type PassageLocator = { label: 'page' | 'paragraph'; value: string; text: string };

export function locatePassage(source: Source, offset: number): PassageLocator {
  const page = findPage(source, offset);
  if (page !== undefined) return { label: 'page', value: page, text: `p. ${page}` };
  const n = String(paragraphNumber(source.text, offset));
  return { label: 'paragraph', value: n, text: `para. ${n}` };
}

function findPage(source: Source, offset: number): string | undefined {
  const pages = source.pages ?? [];
  if (pages.length === 0) return undefined;
  const within = pages.find((p) => p.start <= offset && offset < p.end);
  // Text past the last page body (running headers kept at the end) belongs to no page: take the nearest before.
  const before = [...pages].reverse().find((p) => p.start <= offset);
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
