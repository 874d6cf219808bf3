// Real-world PDFs no one here wrote, with glyphs their fonts map to nothing: the test PDFs that ship in the
// npm package pdf-parse (test/data; a dev dependency for this). 02-valid.pdf, a 2015 journal article, draws
// every minus and times sign ("10−10 mbar", "5×5 μm2", "Ga(x)In(1−x)P") in a font with no Unicode for
// them: pdf.js hands over control codes, which read as nothing ("1010 mbar": a wrong figure). They are
// kept as "\uFFFD", counted per page in `evidence extract --json` and named in the notes; the pages
// stay "text" (so OCR, which would re-read the whole page, is not run for a few symbols).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../cli-test-kit';

const data = path.join(repoRoot, 'node_modules/pdf-parse/test/data');

type Extracted = {
  text: string;
  pages: { label: string; ocr?: unknown; unreadable?: number }[];
  notes?: string[];
};

async function extract(name: string): Promise<Extracted> {
  const run = await runCli(['extract', path.join(data, name), '--json'], { EVIDENCE_OCR_PROGRESS: '0' });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Extracted;
}

describe('a real-world PDF with unmapped glyphs', () => {
  it('keeps each unmapped sign of 02-valid.pdf as a placeholder, counted per page', async () => {
    const { text, pages, notes } = await extract('02-valid.pdf');
    expect(text).toContain('kept at 10\uFFFD10 mbar');
    expect(text).toContain('scan area was set as 5\uFFFD5 μm2');
    expect(text).toContain('GaxIn1\uFFFDxP/GaAs');
    expect(pages.map((p) => p.unreadable ?? 0)).toEqual([0, 1, 3, 2, 2]);
    expect(pages.some((p) => p.ocr)).toBe(false);
    expect(notes).toEqual([
      '8 characters in "02-valid.pdf" could not be read (the font gives no Unicode for them) and show as ' +
        '“\uFFFD” (pages 2, 3, 4, 5); check them against the page image.',
    ]);
  });

  it('reads a TeX paper with every glyph mapped as it is, with nothing to report', async () => {
    const { text, pages, notes } = await extract('01-valid.pdf');
    expect(text).not.toContain('\uFFFD');
    expect(pages).toHaveLength(14);
    expect(pages.some((p) => p.ocr || p.unreadable)).toBe(false);
    expect(notes).toBeUndefined();
  });
});
