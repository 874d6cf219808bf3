import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBriefingPdf } from '../../../../../src/core/briefing/document/pdf/write-briefing-pdf';
import { loadBriefingFonts } from '../../../../../src/node-shared/briefing-fonts';
import { repoRoot } from '../../../../support/repo-paths';
import { sampleBriefing } from '../sample-briefing';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** DejaVu Sans has no CJK glyphs: such characters are drawn as U+FFFD, a visible box, never dropped. */
const hasCjk = (text: string): boolean => /[\u3000-\u9fff]/.test(text);

let dir = '';
let pdfPath = '';
let bytes: Uint8Array = new Uint8Array();
let text = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evidence-brief-pdf-'));
  bytes = await writeBriefingPdf(sampleBriefing, await loadBriefingFonts());
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
      const quote = hasCjk(citation.quote)
        ? citation.quote.replace(/[\u3000-\u9fff]/g, '\ufffd')
        : citation.quote;
      expect(flat).toContain(`[${citation.n}] “${squash(quote)}”, ${citation.locator}`);
    }
    expect(flat).toMatch(/\[5\] [^[]*unverified/);
    expect(flat).toMatch(/\[3\] [^[]*\(OCR/);
  });

  it('shows pounds, euros, curly quotes and dashes in the embedded font', () => {
    for (const char of ['£', '€', '“', '”', '’', '–', '—']) expect(text).toContain(char);
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\b.*TrueType|DejaVuSans\b.*CID/);
    expect(fonts).not.toMatch(/Helvetica/);
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
});
