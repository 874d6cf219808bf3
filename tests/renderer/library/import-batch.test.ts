// Importing a batch the way the Library does: every corpus format goes through the real extractors into
// IndexedDB with progress reported per file; a cancel stops between files and lists the rest as not
// imported; a file over the size limit is refused by its size, saying the limit; an encrypted PDF asks for
// its password (again after a wrong one) or is skipped. Nothing already in the library changes on failure.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfText } from '../../../src/cli/pdf/load-pdf';
import type { PickedFile } from '../../../src/core/model/platform';
import type {
  ImportProgress,
  PasswordRequest,
} from '../../../src/renderer/features/library/import-documents';
import { summariseImport } from '../../../src/renderer/features/library/import-summary';
import { readMaxImportBytes } from '../../../src/renderer/features/library/import-limit';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { convertDocx, freshStore, importFiles, parseHtml, readCorpusFile } from '../storage/storage-kit';

const formats = ['.utf16le.txt', '.cp1252.txt', '.html', '.docx'].map((ending) =>
  readCorpusFile('formats', (n) => n.endsWith(ending)),
);
const encryptedPdf: PickedFile = {
  name: 'encrypted.pdf',
  bytes: new Uint8Array(readFileSync(resolve('tests/fixtures/pdf/encrypted.pdf'))),
};

describe('batch import', () => {
  it('imports every text format with progress for each file, in order', async () => {
    const { store } = freshStore();
    const seen: ImportProgress[] = [];
    // The HTML is the same report as the Windows-1252 file: without `separate` it would wait for the
    // question "Import as a new version of …?" (tests/renderer/storage/source-versions.test.ts).
    const { outcomes } = await importFiles(store, formats, {
      deps: { separate: true },
      controls: { onProgress: (p) => seen.push(p) },
    });
    expect(outcomes.map((o) => o.outcome)).toEqual(['added', 'added', 'added', 'added']);
    expect(seen).toEqual(formats.map((f, i) => ({ index: i + 1, total: 4, name: f.name })));
    const sources = await listWholeSources(store);
    expect(sources.map((s) => s.format).sort()).toEqual(['docx', 'html', 'txt', 'txt']);
    // The Windows-1252 and UTF-16 files decode to their UTF-8 originals.
    const original = readCorpusFile('documents', (n) => n.startsWith('002_')).bytes;
    const cp1252 = sources.find((s) => s.fileName.endsWith('.cp1252.txt'));
    expect(cp1252?.text).toBe(new TextDecoder().decode(original).replace(/\r\n?/g, '\n'));
  });

  it('stops after the current file when cancelled and lists the rest as not imported', async () => {
    const { store } = freshStore();
    let cancelled = false;
    const { outcomes } = await importFiles(store, formats, {
      controls: {
        onProgress: (p) => {
          if (p.index === 2) cancelled = true;
        },
        isCancelled: () => cancelled,
      },
    });
    expect(outcomes.map((o) => o.outcome)).toEqual(['added', 'added', 'cancelled', 'cancelled']);
    expect(await listWholeSources(store)).toHaveLength(2);
    const summary = summariseImport(outcomes);
    expect(summary.title).toBe('Import cancelled: 2 documents imported, 2 files not imported.');
    expect(summary.lines[2]).toBe(`${formats[2]!.name}: not imported (the import was cancelled).`);
  });

  it('refuses a file over the limit by its size, saying the limit, and imports the others', async () => {
    const { store } = freshStore();
    await importFiles(store, [formats[0]!]);
    const before = await listWholeSources(store);
    const huge: PickedFile = { name: 'huge.txt', bytes: new Uint8Array(0), size: 80 * 1024 * 1024 };
    const { outcomes } = await importFiles(store, [huge, formats[1]!]);
    expect(outcomes[0]).toEqual({
      name: 'huge.txt',
      outcome: 'failed',
      message: '"huge.txt" is 80 MB; files over 50 MB cannot be imported.',
    });
    expect(outcomes[1]?.outcome).toBe('added');
    const small = await importFiles(store, [formats[2]!], { deps: { maxBytes: 1024 } });
    expect(small.outcomes[0]).toMatchObject({
      outcome: 'failed',
      message: expect.stringMatching(/over 1 KB/),
    });
    const after = await listWholeSources(store);
    expect(after).toHaveLength(2);
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('reads the limit from the profile setting when it is a positive whole number', () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(readMaxImportBytes(storage('2048'))).toBe(2048);
    expect(readMaxImportBytes(storage('-1'))).toBe(50 * 1024 * 1024);
    expect(readMaxImportBytes(storage('lots'))).toBe(50 * 1024 * 1024);
    expect(readMaxImportBytes(storage(null))).toBe(50 * 1024 * 1024);
  });

  describe('an encrypted PDF (read by the CLI’s pdf.js loader)', () => {
    const withPdf = (password?: string) => ({
      parseHtml,
      convertDocx,
      loadPdf: (bytes: Uint8Array) =>
        loadPdfText(bytes, { fileName: 'encrypted.pdf', ...(password === undefined ? {} : { password }) }),
    });

    it('asks for the password, says when it is wrong, and imports with the right one', async () => {
      const { store } = freshStore();
      const asked: PasswordRequest[] = [];
      const answers = ['guess', 'open-sesame'];
      const { outcomes } = await importFiles(store, [encryptedPdf], {
        deps: { extractDeps: ({ password }) => withPdf(password) },
        controls: {
          askPassword: async (request) => {
            asked.push(request);
            return answers.shift() ?? null;
          },
        },
      });
      expect(asked).toEqual([
        { fileName: 'encrypted.pdf', wrong: false },
        { fileName: 'encrypted.pdf', wrong: true },
      ]);
      expect(outcomes[0]?.outcome).toBe('added');
      const [source] = await listWholeSources(store);
      expect(source?.format).toBe('pdf');
      expect(source?.text.length).toBeGreaterThan(100);
    });

    it('skips the file when the user gives no password, and still imports the others', async () => {
      const { store } = freshStore();
      const { outcomes } = await importFiles(store, [encryptedPdf, formats[0]!], {
        deps: { extractDeps: ({ password }) => withPdf(password) },
        controls: { askPassword: async () => null },
      });
      expect(outcomes[0]).toEqual({
        name: 'encrypted.pdf',
        outcome: 'failed',
        message: '"encrypted.pdf" is encrypted and was skipped: no password was given.',
      });
      expect(outcomes[1]?.outcome).toBe('added');
    });
  });

  it('reports a PDF as not importable while the app has no PDF reader', async () => {
    const { store } = freshStore();
    const { outcomes } = await importFiles(store, [encryptedPdf]);
    expect(outcomes[0]).toMatchObject({
      outcome: 'failed',
      message: expect.stringMatching(/PDF reading is not available/),
    });
  });
});
