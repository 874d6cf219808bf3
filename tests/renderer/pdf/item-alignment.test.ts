/// <reference types="node" />
// On real PDFs (the test corpus and the multi-column report fixture), every text item the text layer
// shows aligns with its whole stored text: reading the shown string through the alignment rebuilds the
// stored text character for character, so selections and highlights on the page cannot drift from what
// claims quote, whatever core's text definition did to the item.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemblePdfText } from '../../../src/core/import/pdf/assemble-pdf-text';
import { loadPdfText } from '../../../src/cli/pdf/load-pdf';
import { alignItemText } from '../../../src/renderer/features/reader/pdf-offsets';
import { corpusDir, repoRoot } from '../../support/repo-paths';

const formats = join(corpusDir, 'formats');
const corpusPdfs = readdirSync(formats)
  .filter((name) => name.endsWith('.pdf'))
  .map((name) => join(formats, name));
const files = [...corpusPdfs, join(repoRoot, 'tests/fixtures/pdf/report.pdf')];

/** The stored characters the alignment reaches from each shown character, in order. */
function rebuild(shown: string, stored: string): string {
  const map = alignItemText(shown, stored);
  let out = '';
  for (let i = 0; i < shown.length; i += 1) out += stored.slice(map[i], map[i + 1]);
  return out;
}

describe('text-layer items and the stored text', () => {
  it.each(files)('every item of %s aligns with its whole stored text', async (file) => {
    const content = await loadPdfText(new Uint8Array(readFileSync(file)), { fileName: file, workers: 1 });
    const { text, items } = assemblePdfText(content.pages);
    expect(items.length).toBeGreaterThan(50);
    const misaligned = items.filter((span) => {
      const shown = content.pages[span.page]!.items[span.item]!.str;
      const stored = text.slice(span.start, span.end);
      return rebuild(shown, stored) !== stored;
    });
    expect(misaligned).toEqual([]);
  });
});
