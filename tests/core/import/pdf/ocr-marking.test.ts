// Which pages of a source a passage touches that were read by OCR: the rule behind the reader's label,
// the claim card and the briefing's "(OCR)".
import { describe, expect, it } from 'vitest';
import { isOcrPassage, ocrPagesOf, ocrPagesOfClaim } from '../../../../src/core/import/pdf/ocr-marking';
import type { PageSpan } from '../../../../src/core/model/records';

const pages: PageSpan[] = [
  { index: 0, label: 'i', start: 0, end: 100 },
  { index: 1, label: 'ii', start: 102, end: 200, ocr: { confidence: 90 } },
  { index: 2, label: 'iii', start: 202, end: 300 },
];

describe('ocrPagesOf', () => {
  it('finds the OCR page a passage overlaps, including one that runs onto it', () => {
    expect(ocrPagesOf(pages, 120, 130).map((p) => p.label)).toEqual(['ii']);
    expect(ocrPagesOf(pages, 90, 105).map((p) => p.label)).toEqual(['ii']);
    expect(isOcrPassage(pages, 10, 20)).toBe(false);
    expect(isOcrPassage(pages, 199, 203)).toBe(true);
    expect(isOcrPassage(pages, 200, 202)).toBe(false);
  });

  it('knows nothing of sources without pages or claims whose source is not here', () => {
    expect(isOcrPassage(undefined, 0, 10)).toBe(false);
    const claim = {
      target: {
        source: 's',
        selector: [
          { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 150, end: 151 },
        ],
      },
    } as Parameters<typeof ocrPagesOfClaim>[0];
    expect(ocrPagesOfClaim(claim, { pages })).toHaveLength(1);
    expect(ocrPagesOfClaim(claim, undefined)).toEqual([]);
  });
});
