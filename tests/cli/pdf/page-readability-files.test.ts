// The page verdicts on real files, read by the CLI's pdf.js worker threads: born-digital PDFs (the
// corpus's, the generated report, a TeX paper and a journal article from pdf-parse's test data, whose few
// unmapped signs do not condemn a page) are all "text"; the scans made from corpus pages are "scan"; the
// unmapped-font fixture's pages are text with a few unmapped digits, then "unmapped" twice (control codes,
// then printable junk where words should be).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfText } from '../../../src/cli/pdf/load-pdf';
import { assessPage } from '../../../src/core/import/pdf/page-readability';
import { corpusDir, repoRoot } from '../cli-test-kit';

async function verdicts(file: string): Promise<string[]> {
  const bytes = new Uint8Array(await readFile(file));
  const { pages } = await loadPdfText(bytes, { fileName: path.basename(file) });
  return pages.map((page) => assessPage(page).verdict);
}

const same = (count: number, verdict: string) => Array.from({ length: count }, () => verdict);

describe('page verdicts on real PDFs', () => {
  const corpus = path.relative(repoRoot, corpusDir);
  it.each([
    [`${corpus}/formats/001_1e5035609ec9f0e3.pdf`, 4],
    [`${corpus}/formats/003_2795c7b6a19e6f2d.pdf`, 3],
    ['tests/fixtures/pdf/report.pdf', 4],
    ['node_modules/pdf-parse/test/data/01-valid.pdf', 14],
    ['node_modules/pdf-parse/test/data/02-valid.pdf', 5],
    ['node_modules/pdf-parse/test/data/04-valid.pdf', 5],
  ])('trusts every page of born-digital %s', async (file, pages) => {
    expect(await verdicts(path.join(repoRoot, file))).toEqual(same(pages, 'text'));
  });

  it('calls the scans made from corpus pages scans', async () => {
    expect(await verdicts(path.join(repoRoot, 'tests/fixtures/ocr/scanned-001.pdf'))).toEqual([
      'scan',
      'scan',
    ]);
    expect(await verdicts(path.join(repoRoot, 'tests/fixtures/ocr/scanned-003.pdf'))).toEqual(['scan']);
  });

  it('condemns the pages whose fonts map to nothing, not the one with a few unmapped digits', async () => {
    expect(await verdicts(path.join(repoRoot, 'tests/fixtures/ocr/unmapped-fonts.pdf'))).toEqual([
      'text',
      'unmapped',
      'unmapped',
    ]);
  });
});
