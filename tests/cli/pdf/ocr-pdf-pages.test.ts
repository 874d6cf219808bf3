// OCR of real PDFs in Node: pdf.js renders the pages in a worker thread and tesseract.js (engine and
// English data from local packages) reads them. Scanned pages made from the corpus PDFs (see
// tests/fixtures/ocr/make-scanned-fixtures.mjs) read as the original's words (F1 >= 0.97) with words placed
// where the original has them; the unmapped-font fixture's condemned pages read as what they show, while
// its page with a few unmapped digits keeps placeholders and says so; `extract --json` marks OCR'd pages;
// OCR off leaves scans unread and says why.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemblePdfText } from '../../../src/core/import/pdf/assemble-pdf-text';
import { extractDocument } from '../../../src/core/import/extract-document';
import { ImportError } from '../../../src/core/import/import-error';
import { loadPdfText } from '../../../src/cli/pdf/load-pdf';
import { createNodePdfOcr } from '../../../src/cli/pdf/ocr-pdf-pages';
import { createNodeExtractDeps } from '../../../src/cli/node-extract-deps';
import type { OcrMode } from '../../../src/core/import/pdf/pdf-content';
import { wordAgreement } from '../../core/import/pdf/word-agreement';
import { corpusDir, repoRoot, runCli } from '../cli-test-kit';

const OCR_DIR = path.join(repoRoot, 'tests/fixtures/ocr');
const OCR_TIMEOUT = 600_000;

async function extract(file: string, mode: OcrMode, readPages = createNodePdfOcr({ threads: 1 })) {
  const bytes = new Uint8Array(await readFile(file));
  return extractDocument(
    { name: path.basename(file), bytes },
    {
      ...createNodeExtractDeps(),
      loadPdf: (pdf, name) => loadPdfText(pdf, { fileName: name ?? 'file.pdf' }),
      ocr: { mode, readPages },
    },
  );
}

async function originalPages(name: string, count: number) {
  const bytes = new Uint8Array(await readFile(path.join(corpusDir, 'formats', name)));
  const content = await loadPdfText(bytes, { fileName: name });
  return content.pages.slice(0, count);
}

describe('OCR of PDF pages in Node', () => {
  it(
    'reads a scanned PDF as the words of the original pages, placed where the original has them',
    async () => {
      const extracted = await extract(path.join(OCR_DIR, 'scanned-001.pdf'), 'on');
      const original = await originalPages('001_1e5035609ec9f0e3.pdf', 2);
      const agreement = wordAgreement(extracted.text, assemblePdfText(original).text);
      expect(agreement.words).toBeGreaterThanOrEqual(0.97);
      expect(extracted.pages!.map((p) => p.ocr !== undefined)).toEqual([true, true]);
      for (const page of extracted.pages!) expect(page.ocr!.confidence).toBeGreaterThan(80);
      expect(extracted.notes?.join(' ')).toMatch(/2 pages of "scanned-001\.pdf" .* read by OCR/);

      // The OCR'd items sit on the original's words (within 2 pt), so highlights land on the image.
      const ocrItems = extracted.ocrPages![0]!.items;
      const words = original[0]!.items.filter((i) => /^[A-Za-z]{6,}$/.test(i.str.trim())).slice(0, 10);
      expect(words.length).toBeGreaterThan(3);
      for (const word of words) {
        const distance = (i: { x: number; y: number }) => Math.hypot(i.x - word.x, i.y - word.y);
        const same = ocrItems.filter((i) => i.str.trim() === word.str.trim());
        const nearest = Math.min(...same.map(distance));
        expect(nearest, word.str).toBeLessThan(2);
      }
    },
    OCR_TIMEOUT,
  );

  it(
    'reads pages whose fonts map to nothing, and keeps a placeholder for each unmapped digit',
    async () => {
      const extracted = await extract(path.join(OCR_DIR, 'unmapped-fonts.pdf'), 'on');
      const [first, ...rest] = extracted.pages!;
      const body =
        'The council approved the budget for the coming year after a long debate about the cost of care ' +
        'for older people and the services provided to local children.';
      expect(extracted.text.slice(first!.start, first!.end)).toBe(
        'Version \uFFFD.\uFFFD, November \uFFFD\uFFFD\uFFFD\uFFFD\n\n' +
          'The figure was \uFFFD\uFFFD\uFFFD thousand pounds in the year.',
      );
      expect(first!.ocr).toBeUndefined();
      for (const page of rest) {
        expect(wordAgreement(extracted.text.slice(page.start, page.end), body).words).toBeGreaterThanOrEqual(
          0.97,
        );
        expect(page.ocr).toBeDefined();
      }
      expect(extracted.notes).toContain(
        '9 characters in "unmapped-fonts.pdf" could not be read (the font gives no Unicode for them) and show ' +
          'as “\uFFFD” (page 1); check them against the page image.',
      );
    },
    OCR_TIMEOUT,
  );

  it('leaves pages unread when OCR is off, and says so', async () => {
    let called = false;
    const never = async () => {
      called = true;
      return [];
    };
    const unmapped = await extract(path.join(OCR_DIR, 'unmapped-fonts.pdf'), 'off', never);
    expect(called).toBe(false);
    expect(unmapped.pages!.some((p) => p.ocr)).toBe(false);
    expect(unmapped.notes?.[0]).toBe(
      '2 pages of "unmapped-fonts.pdf" have text whose characters cannot be read (pages 2, 3) and OCR is ' +
        'turned off, so their text is missing or wrong.',
    );
    const scan = extract(path.join(OCR_DIR, 'scanned-003.pdf'), 'off', never);
    await expect(scan).rejects.toThrow(ImportError);
    await expect(scan).rejects.toThrow('turn OCR on to read scanned pages');
  });

  it(
    'marks OCR pages in `evidence extract --json`',
    async () => {
      const run = await runCli(['extract', path.join(OCR_DIR, 'scanned-003.pdf'), '--json'], {
        EVIDENCE_OCR_THREADS: '1',
      });
      expect(run.code).toBe(0);
      const output = JSON.parse(run.stdout) as { pages: { ocr?: { confidence: number } }[]; notes: string[] };
      expect(output.pages).toHaveLength(1);
      expect(output.pages[0]!.ocr!.confidence).toBeGreaterThan(80);
      expect(run.stderr).toContain('scanned-003.pdf: OCR page 1 of 1');
      const off = await runCli([
        'extract',
        path.join(OCR_DIR, 'unmapped-fonts.pdf'),
        '--json',
        '--ocr',
        'off',
      ]);
      const pages = (JSON.parse(off.stdout) as { pages: { ocr?: unknown; unreadable?: number }[] }).pages;
      expect(pages.map((p) => [p.ocr !== undefined, p.unreadable ?? 0])).toEqual([
        [false, 9],
        [false, 122],
        [false, 0],
      ]);
    },
    OCR_TIMEOUT,
  );
});
