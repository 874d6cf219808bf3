import { describe, expect, it } from 'vitest';
import {
  formatZoom,
  MAX_ZOOM,
  MIN_ZOOM,
  readPageRequest,
  zoomIn,
  zoomOut,
} from '../../../src/renderer/features/reader/pdf-zoom';

describe('PDF zoom steps', () => {
  it('steps up and down from a step, and from a fitted scale between steps', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(1.03)).toBe(1.1);
    expect(zoomOut(1.03)).toBe(1);
  });

  it('stops at the smallest and largest zoom', () => {
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
  });

  it('shows the zoom as a whole percentage', () => {
    expect(formatZoom(1.25)).toBe('125%');
    expect(formatZoom(0.674)).toBe('67%');
  });
});

describe('Go to page', () => {
  const labels = ['i', 'ii', '1', '2'];

  it('reads a page number as its position in the document', () => {
    expect(readPageRequest(' 4 ', labels)).toEqual({ ok: true, index: 3 });
    expect(readPageRequest('1', labels)).toEqual({ ok: true, index: 0 });
  });

  it('reads a page label the PDF declares', () => {
    expect(readPageRequest('II', labels)).toEqual({ ok: true, index: 1 });
  });

  it('says which pages there are when the page is not in the document', () => {
    expect(readPageRequest('9', labels)).toEqual({
      ok: false,
      message: 'There is no page 9 in this PDF: it has pages 1 to 4.',
    });
    expect(readPageRequest('0', labels)).toMatchObject({ ok: false });
    expect(readPageRequest('', ['1'])).toEqual({ ok: false, message: 'Type a page number: it has 1 page.' });
  });
});
