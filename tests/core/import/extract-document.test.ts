import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, extractDocument, type DomParser } from '../../../src/core/import/extract-document';
import { ImportError } from '../../../src/core/import/import-error';
import { corpusUrl as corpus } from '../../support/repo-paths';

const parseHtml: DomParser = (html) => parseHTML(html).document;
const bytesOf = (text: string) => new TextEncoder().encode(text);
const importText = (name: string, text: string) =>
  extractDocument({ name, bytes: bytesOf(text) }, { parseHtml });

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Length of the longest common subsequence of two word lists: the words both have in the same order. */
function commonWordSequence(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        word === b[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

async function expectThrowsImportError(promise: Promise<unknown>, reason: string, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).reason).toBe(reason);
  expect((error as ImportError).message).toMatch(message);
}

describe('extractDocument: plain text and Markdown', () => {
  it('keeps a .txt file’s decoded text exactly and titles it by its first non-empty line', async () => {
    const doc = await importText('notes.txt', '\r\n  Council budget 2015  \r\n\r\nBody  with  spaces.\r\n');
    expect(doc.format).toBe('txt');
    expect(doc.text).toBe('\n  Council budget 2015  \n\nBody  with  spaces.\n');
    expect(doc.title).toBe('Council budget 2015');
    expect(doc.metadata).toEqual({ type: 'document', title: 'Council budget 2015' });
  });

  it('imports the corpus documents with their text unchanged', async () => {
    const name = '003_2795c7b6a19e6f2d.txt';
    const bytes = new Uint8Array(readFileSync(new URL(`documents/${name}`, corpus)));
    const doc = await extractDocument({ name, bytes }, { parseHtml });
    expect(doc.text).toBe(readFileSync(new URL(`documents/${name}`, corpus), 'utf8'));
  });

  it('strips Markdown heading marks from a .md title but keeps them in the text', async () => {
    const doc = await importText('brief.md', '\n## Outsourcing *review* ##\n\nText.\n');
    expect(doc.format).toBe('md');
    expect(doc.title).toBe('Outsourcing review');
    expect(doc.text).toBe('\n## Outsourcing *review* ##\n\nText.\n');
    expect((await importText('fm.md', '---\ntitle: "From front matter"\n---\n# Heading\n')).title).toBe(
      'From front matter',
    );
  });

  it('shows a Markdown title as a reader sees it: no emphasis, code ticks or link targets', async () => {
    const title = async (line: string) => (await importText('t.md', `# ${line}\n\nText.\n`)).title;
    expect(await title('Field notes on *school funding*')).toBe('Field notes on school funding');
    expect(await title('The __2019__ `budget` in [brief](https://example.org/x)')).toBe(
      'The 2019 budget in brief',
    );
    expect(await title('snake_case_name and 2 * 3 * 4')).toBe('snake_case_name and 2 * 3 * 4');
  });

  it('cuts an overlong first line to a readable title at a word, adding no "…"', async () => {
    const doc = await importText('long.txt', `${'word '.repeat(100)}\nmore`);
    expect(doc.title.length).toBeLessThanOrEqual(150);
    expect(doc.title).toMatch(/^(word )+word$/);
  });
});

describe('extractDocument: refusing files with a clear message naming the file', () => {
  it('refuses unsupported extensions', async () => {
    await expectThrowsImportError(importText('report.xlsx', 'x'), 'unsupported', /"report\.xlsx".*\.xlsx/);
    await expectThrowsImportError(importText('README', 'x'), 'unsupported', /"README".*without an extension/);
  });

  it('refuses empty and whitespace-only files', async () => {
    await expectThrowsImportError(importText('empty.txt', ''), 'empty', /"empty\.txt" is empty/);
    await expectThrowsImportError(importText('blank.md', ' \n\n '), 'empty', /"blank\.md" contains no text/);
    await expectThrowsImportError(
      importText('shell.html', '<html><body><script>x()</script></body></html>'),
      'empty',
      /"shell\.html"/,
    );
  });

  it('refuses binary content in a .txt file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    await expectThrowsImportError(
      extractDocument({ name: 'photo.txt', bytes: png }, { parseHtml }),
      'binary',
      /"photo\.txt" does not look like a text file/,
    );
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01));
    await expectThrowsImportError(
      extractDocument({ name: 'noise.txt', bytes: controls }, { parseHtml }),
      'binary',
      /noise\.txt/,
    );
  });

  it('refuses files over the size limit before reading them', async () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    const bytes = bytesOf('x'.repeat(2 * 1024 * 1024 + 1));
    await expectThrowsImportError(
      extractDocument({ name: 'big.txt', bytes }, { parseHtml, maxBytes: 2 * 1024 * 1024 }),
      'too-large',
      /"big\.txt" is 2 MB; files over 2 MB cannot be imported/,
    );
  });
});

describe('extractDocument: HTML', () => {
  for (const name of ['002_f51d64f123fd7464', '004_095d6f8d55d7aa2e']) {
    it(`extracts the article words of ${name}.html in the same order as its text document`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(`formats/${name}.html`, corpus)));
      const doc = await extractDocument({ name: `${name}.html`, bytes }, { parseHtml });
      const expected = words(readFileSync(new URL(`documents/${name}.txt`, corpus), 'utf8'));
      const extracted = words(doc.text);
      const common = commonWordSequence(expected, extracted);
      // Measured: every document word appears in order (recall 1.0); the only extra words are the page's
      // repeated <h1> title (precision 0.991 and 0.993).
      expect(common / expected.length).toBeGreaterThanOrEqual(0.99);
      expect(common / extracted.length).toBeGreaterThanOrEqual(0.98);
      expect(doc.format).toBe('html');
      expect(doc.text).not.toMatch(/font-family|<\/?p>/);
    });
  }

  it('titles a corpus page by its h1 and records it in the metadata', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('formats/004_095d6f8d55d7aa2e.html', corpus)));
    const doc = await extractDocument({ name: 'page.html', bytes }, { parseHtml });
    expect(doc.title).toBe('Social Services: Children');
    expect(doc.metadata).toEqual({ type: 'webpage', title: 'Social Services: Children' });
  });

  it('prefers og:title, then the article h1, then <title>, then the first line of text', async () => {
    const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
    const og = '<meta property="og:title" content="OG title">';
    const article = '<article><h1>Article h1</h1><p>Text</p></article>';
    expect((await importText('a.html', page(`<title>T</title>${og}`, article))).title).toBe('OG title');
    expect((await importText('a.htm', page('<title>T</title>', `<h1>Site</h1>${article}`))).title).toBe(
      'Article h1',
    );
    expect((await importText('a.html', page('<title> Tab  title </title>', '<p>Text</p>'))).title).toBe(
      'Tab title',
    );
    expect((await importText('10811.html', page('', '<p>First words.</p>'))).title).toBe('First words.');
  });
});
