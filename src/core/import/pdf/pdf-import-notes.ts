// What an import says about a PDF's pages whose text is not plainly the PDF's own: characters that could
// not be read (kept as "�", with how many and on which pages), pages read by OCR (and how sure it was),
// and pages that needed OCR but were not read (OCR off or not available), so nothing unreadable passes
// without a word to the researcher. The app shows these as the import's notice; the CLI prints them.
import type { PageSpan } from '../../model/records';
import type { PageReading } from './page-readability';
import { countPlaceholders, PLACEHOLDER } from './unprintable';

/** Placeholders per page of an assembled text (pages without any are left out). */
export function countPlaceholdersByPage(text: string, pages: readonly PageSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const count = countPlaceholders(text.slice(page.start, page.end));
    if (count > 0) counts.set(page.label, count);
  }
  return counts;
}

function listLabels(labels: readonly string[]): string {
  const shown = labels.slice(0, 12).join(', ');
  return labels.length > 12 ? `${shown}, … (${labels.length} pages)` : shown;
}

function pagesWord(count: number): string {
  return count === 1 ? 'page' : 'pages';
}

export function describePlaceholders(name: string, byPage: Map<string, number>): string | undefined {
  const total = [...byPage.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return undefined;
  const labels = [...byPage.keys()];
  const what = total === 1 ? '1 character' : `${total} characters`;
  return (
    `${what} in "${name}" could not be read (the font gives no Unicode for them) and show as “${PLACEHOLDER}” ` +
    `(${pagesWord(labels.length)} ${listLabels(labels)}); check them against the page image.`
  );
}

export function describeOcrPages(name: string, pages: readonly PageSpan[]): string | undefined {
  const read = pages.filter((page) => page.ocr);
  if (read.length === 0) return undefined;
  const mean = read.reduce((sum, page) => sum + page.ocr!.confidence, 0) / read.length;
  return (
    `${read.length === 1 ? '1 page' : `${read.length} pages`} of "${name}" had no readable text and ` +
    `${read.length === 1 ? 'was' : 'were'} read by OCR (${pagesWord(read.length)} ${listLabels(read.map((p) => p.label))}; ` +
    `mean confidence ${Math.round(mean)}%); check figures against the page image.`
  );
}

/** Pages that needed OCR and were not read: why, and which. */
export function describeUnread(
  name: string,
  unread: readonly { label: string; reading: PageReading }[],
  why: 'off' | 'unavailable',
): string | undefined {
  if (unread.length === 0) return undefined;
  const labels = unread.map((u) => u.label);
  const scans = unread.filter((u) => u.reading.verdict === 'scan').length;
  const kind =
    scans === unread.length
      ? 'look scanned (no text)'
      : scans === 0
        ? 'have text whose characters cannot be read'
        : 'look scanned or have unreadable text';
  const reason = why === 'off' ? 'OCR is turned off' : 'OCR is not available here';
  return `${unread.length === 1 ? '1 page' : `${unread.length} pages`} of "${name}" ${kind} (${pagesWord(labels.length)} ${listLabels(labels)}) and ${reason}, so their text is missing or wrong.`;
}
