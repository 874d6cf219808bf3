// The import limits at their boundaries: a file of limit − 1 and limit bytes is taken and limit + 1 is
// refused; a text of limit − 1 and limit characters is taken and limit + 1 is refused, whatever the format.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument, type DomParser } from '../../../src/core/import/extract-document';
import { ImportError } from '../../../src/core/import/import-error';
import type { PdfTextSource } from '../../../src/core/import/pdf/pdf-content';
import { LIMITS } from '../../../src/core/limits';

const parseHtml: DomParser = (html) => parseHTML(html).document;

/** ASCII text of exactly `size` bytes (and so `size` characters), with a title line. */
function asciiFile(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x61);
  bytes.set(new TextEncoder().encode('Title\n'));
  return bytes;
}

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('import limits', () => {
  it('has one text limit that every file within the byte limit fits', () => {
    expect(LIMITS.fileBytes).toBe(50 * 1024 * 1024);
    // UTF-8 and Windows-1252 decode to at most one UTF-16 code unit per byte.
    expect(LIMITS.sourceText).toBeGreaterThanOrEqual(LIMITS.fileBytes);
  });

  it('takes a file of limit − 1 and limit bytes and refuses limit + 1', async () => {
    for (const size of [LIMITS.fileBytes - 1, LIMITS.fileBytes]) {
      const doc = await extractDocument({ name: 'big.txt', bytes: asciiFile(size) }, { parseHtml });
      expect(doc.text.length).toBe(size);
    }
    const error = await refusal(
      extractDocument({ name: 'big.txt', bytes: asciiFile(LIMITS.fileBytes + 1) }, { parseHtml }),
    );
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('"big.txt" is 50 MB; files over 50 MB cannot be imported.');
  }, 60_000);

  it('refuses a text of limit + 1 characters even where the byte limit is raised', async () => {
    const deps = { parseHtml, maxBytes: 2 * LIMITS.fileBytes };
    for (const size of [LIMITS.sourceText - 1, LIMITS.sourceText]) {
      const doc = await extractDocument({ name: 'long.txt', bytes: asciiFile(size) }, deps);
      expect(doc.text.length).toBe(size);
    }
    const error = await refusal(
      extractDocument({ name: 'long.txt', bytes: asciiFile(LIMITS.sourceText + 1) }, deps),
    );
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe(
      '"long.txt" holds 52,428,801 characters of text; a source can hold at most 52,428,800, ' +
        'so it cannot be imported. Split it into smaller documents.',
    );
  }, 60_000);

  it('refuses a small PDF whose text is longer than the limit', async () => {
    const str = 'a'.repeat(LIMITS.sourceText + 1);
    const loadPdf: PdfTextSource = async () => ({
      info: {},
      pages: [
        {
          index: 0,
          label: '1',
          width: 600,
          height: 800,
          items: [{ str, x: 10, y: 20, width: 500, height: 10, fontSize: 10, hasEOL: true }],
        },
      ],
    });
    const error = await refusal(
      extractDocument(
        { name: 'dense.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
        { parseHtml, loadPdf },
      ),
    );
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(
      /^"dense\.pdf" holds [\d,]+ characters of text; a source can hold at most 52,428,800/,
    );
  }, 60_000);
});
