// pdf.js text content to core's page items: the viewport transform turns PDF space (origin bottom left)
// into top-left coordinates, on rotated pages too, and marked-content entries are skipped.
import { describe, expect, it } from 'vitest';
import { normalisePdfTextContent } from '../../../../src/core/import/pdf/normalise-text-content';

const item = {
  str: 'Budget',
  transform: [10, 0, 0, 10, 72, 700],
  width: 30,
  height: 10,
  fontName: 'f1',
  hasEOL: true,
};

describe('normalisePdfTextContent', () => {
  it('gives the baseline measured from the top of an upright page', () => {
    const page = normalisePdfTextContent({
      index: 0,
      label: null,
      viewport: { width: 612, height: 792, transform: [1, 0, 0, -1, 0, 792] },
      items: [{ type: 'beginMarkedContent' }, item],
    });
    expect(page).toEqual({
      index: 0,
      label: '1',
      width: 612,
      height: 792,
      items: [
        { str: 'Budget', x: 72, y: 92, width: 30, height: 10, fontSize: 10, fontName: 'f1', hasEOL: true },
      ],
    });
  });

  it('marks text that is not horizontal on the page (a page with /Rotate 90)', () => {
    const page = normalisePdfTextContent({
      index: 3,
      label: 'iv',
      viewport: { width: 792, height: 612, transform: [0, 1, 1, 0, 0, 0] },
      items: [item],
    });
    expect(page.label).toBe('iv');
    expect(page.items[0]!.rotated).toBe(true);
  });
});
