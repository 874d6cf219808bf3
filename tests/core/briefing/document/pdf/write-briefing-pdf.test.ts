import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBriefingPdf } from '../../../../../src/core/briefing/document/pdf/write-briefing-pdf';
import { loadBriefingFonts } from '../../../../../src/node-shared/briefing-fonts';
import { repoRoot } from '../../../../support/repo-paths';
import { sampleBriefing } from '../sample-briefing';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Page 1 rendered in grey at 72 dpi (one pixel a point), read from pdftoppm's PGM. */
function renderGray(pdf: string): { width: number; height: number; ink: (x: number, y: number) => boolean } {
  const base = join(dir, 'gray');
  execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', pdf, base]);
  const bytes = readFileSync(`${base}-1.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  return { width, height, ink: (x, y) => (bytes[offset + y * width + x] ?? 255) < 128 };
}

let dir = '';
let pdfPath = '';
let bytes: Uint8Array = new Uint8Array();
let text = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evidence-brief-pdf-'));
  bytes = await writeBriefingPdf(sampleBriefing, await loadBriefingFonts(sampleBriefing));
  pdfPath = join(dir, 'briefing.pdf');
  writeFileSync(pdfPath, bytes);
  text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeBriefingPdf', () => {
  it('writes a PDF whose text holds the title, introduction, headings and references', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const flat = squash(text);
    expect(flat).toContain(squash(sampleBriefing.title));
    for (const paragraph of sampleBriefing.introduction) expect(flat).toContain(squash(paragraph));
    for (const heading of [
      'Key figures',
      'Timeline',
      'Positions',
      'Cross-checks',
      'Quotes',
      'Notes',
      'References',
    ]) {
      expect(text).toMatch(new RegExp(`^${heading}$`, 'm'));
    }
    for (const reference of sampleBriefing.references) expect(flat).toContain(squash(reference.text));
    expect(flat).toContain('£2.7m and £8.52m add up to the £11.22m total [1][2][3]');
  });

  it('prints every quote with its locator in the notes, allowing only line breaks', () => {
    const flat = squash(text);
    for (const citation of sampleBriefing.citations) {
      expect(flat).toContain(`[${citation.n}] “${squash(citation.quote)}”, ${citation.locator}`);
    }
    expect(flat).toMatch(/\[5\] [^[]*unverified/);
    expect(flat).toMatch(/\[3\] [^[]*\(OCR/);
  });

  it('shows pounds, euros, curly quotes and dashes in the embedded font, and CJK in the fallback', () => {
    for (const char of ['£', '€', '“', '”', '’', '–', '—', '児童保護', '民営化'])
      expect(text).toContain(char);
    expect(text).not.toContain('\ufffd');
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/^DejaVuSans-\d+\s+CID TrueType/m);
    expect(fonts).toMatch(/^DejaVuSans-Bold-\d+\s+CID TrueType/m);
    expect(fonts).toMatch(/DroidSansFallback/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it('loads the fallback font only for a briefing that needs it, and marks what no font has', async () => {
    const latin = {
      ...sampleBriefing,
      title: 'Plain',
      sections: [],
      citations: [],
      introduction: ['한국어 £'],
    };
    const fonts = await loadBriefingFonts(latin);
    expect(fonts.fallback).toBeUndefined();
    const out = join(dir, 'latin.pdf');
    writeFileSync(out, await writeBriefingPdf(latin, fonts));
    expect(squash(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }))).toContain(
      '\ufffd\ufffd\ufffd £',
    );
  });

  it('renders page 1 for a person to look at', () => {
    const out = join(repoRoot, 'test-results', 'screenshots');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '2',
      pdfPath,
      join(out, 'briefing-pdf-page'),
    ]);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('draws every CJK character, not only maps it to text', async () => {
    // pdftotext reads text from the font's Unicode map, so a glyph that draws blank still extracts:
    // look at the pixels. The title, 20 pt at the 56 pt margin, has 13 glyphs one em (20 pt) wide each.
    const title = '児童保護の民営化に反対する';
    const only = { ...sampleBriefing, title, introduction: [], sections: [], citations: [], references: [] };
    const out = join(dir, 'cjk.pdf');
    writeFileSync(out, await writeBriefingPdf(only, await loadBriefingFonts(only)));
    const page = renderGray(out);
    const inked = Array.from(title, (_char, i) => {
      let count = 0;
      for (let x = 56 + i * 20 + 2; x < 56 + (i + 1) * 20 - 2; x++) {
        for (let y = 40; y < 110; y++) if (page.ink(x, y)) count++;
      }
      return count;
    });
    expect(
      inked.every((count) => count > 15),
      `ink per glyph: ${inked.join(', ')}`,
    ).toBe(true);
  });
});
