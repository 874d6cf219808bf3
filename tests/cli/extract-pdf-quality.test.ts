// Text quality of PDF extraction on real files: the corpus PDFs read as the same words in the same order
// as their UTF-8 originals, and the fixture PDFs (two columns, table, footnotes, ligatures, hyphenation,
// running headers) agree with poppler's `pdftotext` (default, non-layout mode), measured as F1 over words
// and over adjacent word pairs. Also: reading with one worker thread or several gives the same text.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemblePdfText } from '../../src/core/import/pdf/assemble-pdf-text';
import { loadPdfText } from '../../src/cli/pdf/load-pdf';
import { wordAgreement } from '../core/import/pdf/word-agreement';
import { corpusDir, repoRoot } from './cli-test-kit';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);

async function extractText(file: string, workers?: number): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  const content = await loadPdfText(bytes, {
    fileName: path.basename(file),
    ...(workers ? { workers } : {}),
  });
  return assemblePdfText(content.pages).text;
}

describe('PDF text quality', () => {
  it.each(['001_1e5035609ec9f0e3', '003_2795c7b6a19e6f2d'])(
    'reads corpus %s.pdf as the words of its text, in order',
    async (name) => {
      const text = await extractText(path.join(corpusDir, 'formats', `${name}.pdf`));
      const original = await readFile(path.join(corpusDir, 'documents', `${name}.txt`), 'utf8');
      const agreement = wordAgreement(text, original);
      expect(agreement.words).toBeGreaterThanOrEqual(0.995);
      expect(agreement.pairs).toBeGreaterThanOrEqual(0.99);
    },
  );

  describe.skipIf(!hasPdftotext)(
    'agreement with pdftotext (skipped: /usr/bin/pdftotext is not installed)',
    () => {
      it.each(['report.pdf', 'single-column.pdf'])('%s agrees with pdftotext', async (name) => {
        const file = path.join(repoRoot, 'tests/fixtures/pdf', name);
        const reference = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        const agreement = wordAgreement(await extractText(file), reference);
        expect(agreement.words).toBeGreaterThanOrEqual(0.985);
        expect(agreement.pairs).toBeGreaterThanOrEqual(0.95);
      });
    },
  );

  it('gives the same text whether one worker thread reads the pages or several', async () => {
    const file = path.join(repoRoot, 'tests/fixtures/pdf/report.pdf');
    expect(await extractText(file, 3)).toBe(await extractText(file, 1));
  });
});
