// The one rule for telling a reader that a passage's text was read by OCR from a page image (so a figure
// in it should be checked against the page): which pages of a source a passage touches that were OCR'd.
// The reader's page label, the claim card, the briefing's citation ("(OCR)") and `evidence extract --json`
// all use it.
import type { Claim, PageSpan, Source } from '../../model/records';

/** What a citation or label adds after a passage read by OCR. */
export const OCR_MARK = '(OCR)';

/** The OCR'd pages a passage [start, end) overlaps (an empty passage: the page it sits on). */
export function ocrPagesOf(pages: readonly PageSpan[] | undefined, start: number, end: number): PageSpan[] {
  if (!pages) return [];
  return pages.filter((page) => {
    if (!page.ocr) return false;
    if (end <= start) return page.start <= start && start <= page.end;
    return page.start < end && start < page.end;
  });
}

/** True when any of the passage's text came from OCR. */
export function isOcrPassage(pages: readonly PageSpan[] | undefined, start: number, end: number): boolean {
  return ocrPagesOf(pages, start, end).length > 0;
}

/** "Text from OCR (mean confidence 93%)", the words the reader and claim cards show. */
export function describeOcr(ocr: { confidence: number }): string {
  return `Text from OCR (mean confidence ${Math.round(ocr.confidence)}%)`;
}

/** The OCR'd pages a claim's passage lies on (none when its source is not known here). */
export function ocrPagesOfClaim(
  claim: Pick<Claim, 'target'>,
  source: Pick<Source, 'pages'> | undefined,
): PageSpan[] {
  const { start, end } = claim.target.selector[1];
  return ocrPagesOf(source?.pages, start, end);
}
