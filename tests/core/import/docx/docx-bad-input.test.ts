import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/core/import/extract-document';
import { ImportError } from '../../../../src/core/import/import-error';
import { DOCX_ZIP_LIMITS, isDocxTextPart, unzipSafely } from '../../../../src/core/import/docx/unzip-safely';
import { createNodeExtractDeps } from '../../../../src/cli/node-extract-deps';
import { buildDocx, paragraph } from './build-docx';
import { deflateSpaces, writeRawZip, type RawZipEntry } from './zip-bomb';

const deps = createNodeExtractDeps();
const MB = 1024 * 1024;

async function importError(bytes: Uint8Array, name = 'bad.docx'): Promise<ImportError> {
  const error = await extractDocument({ name, bytes }, deps).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** A real DOCX's entries plus one more, written with the sizes the test declares. */
function docxWith(extra: RawZipEntry): Uint8Array {
  const honest = buildDocx({ body: paragraph('Text') });
  const entries = [...unzipSafely(honest)].map(([name, data]) => ({
    name,
    data,
    method: 0 as const,
    declaredSize: data.length,
  }));
  return writeRawZip([...entries.filter((e) => e.name !== extra.name), extra]);
}

describe('DOCX zip bombs are refused before anything is inflated', () => {
  // document.xml inflates to 2 GiB of spaces from ~13 MB; its sizes are stated honestly.
  const bomb = deflateSpaces(Math.floor((2 ** 31 - 1) / 258));

  it('uses a real bomb: a small one made the same way inflates to exactly what it states', () => {
    const small = deflateSpaces(1000);
    const inflated = inflateSync(small.data);
    expect(inflated.length).toBe(small.inflatedSize);
    expect(inflated.every((byte) => byte === 0x20)).toBe(true);
  });

  it('refuses an entry whose declared size and compression ratio give it away, promptly', async () => {
    expect(bomb.inflatedSize).toBeGreaterThan(2 * 1024 * MB - 300);
    const bytes = docxWith({
      name: 'word/document.xml',
      data: bomb.data,
      method: 8,
      declaredSize: bomb.inflatedSize,
    });
    expect(bytes.length).toBeLessThan(20 * MB);
    const started = Date.now();
    const error = await importError(bytes, 'bomb.docx');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(
      /^"bomb\.docx" looks like a zip bomb and was not opened: "word\/document\.xml" would expand to 2048 MB/,
    );
  });

  it('stops inflating an entry that lies about its size as soon as it passes what it declared', async () => {
    // The directory claims 64 KB (a normal size and ratio); the data really inflates to 2 GiB.
    const bytes = docxWith({
      name: 'word/document.xml',
      data: bomb.data,
      method: 8,
      declaredSize: 64 * 1024,
    });
    const started = Date.now();
    const error = await importError(bytes, 'liar.docx');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(
      /zip bomb.*"word\/document\.xml" expands to more than the 64 KB it declares/,
    );
  });

  it('refuses a high compression ratio on a large entry even within the size limits', async () => {
    const small = deflateSpaces(Math.floor((8 * MB) / 258));
    const error = await importError(
      docxWith({ name: 'word/media/big.bin', data: small.data, method: 8, declaredSize: small.inflatedSize }),
    );
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(/would expand 159 times \(the limit is 100\)/);
  });

  it('refuses contents whose total declared size is over the limit, and too many entries', async () => {
    const padding = new Uint8Array(2 * MB);
    const entries = [1, 2, 3].map((i) => ({
      name: `word/media/image${i}.png`,
      data: padding,
      method: 0 as const,
      declaredSize: padding.length,
    }));
    const limits = { ...DOCX_ZIP_LIMITS, maxTotalBytes: 5 * MB };
    expect(() => unzipSafely(writeRawZip(entries), limits)).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ kind: 'bomb' }) }),
    );
    const many = Array.from({ length: DOCX_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
      name: `f${i}`,
      data: new Uint8Array(0),
      method: 0 as const,
      declaredSize: 0,
    }));
    const error = await importError(writeRawZip(many));
    expect(error.message).toBe(
      `"bad.docx" holds ${DOCX_ZIP_LIMITS.maxEntries + 1} files, far more than a Word document has; it looks like a zip bomb and was not opened.`,
    );
  });
});

describe('DOCX memory budget', () => {
  // A megabyte of zeros deflates to about a kilobyte: 200 such entries make a ~200 KB file.
  const zeros = (size: number) => ({ data: deflateSync(new Uint8Array(size)), size });

  it('checks the ratio of an entry of exactly the threshold size, not only of larger ones', async () => {
    const { data, size } = zeros(DOCX_ZIP_LIMITS.ratioCheckedAbove);
    const entries = Array.from({ length: 200 }, (_, i) => ({
      name: `word/media/image${i}.bin`,
      data,
      method: 8 as const,
      declaredSize: size,
    }));
    const bytes = writeRawZip(entries);
    expect(bytes.length).toBeLessThan(400 * 1024);
    const error = await importError(bytes);
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(/zip bomb.*"word\/media\/image0\.bin" would expand \d+ times/);
  });

  it('checks the ratio of the archive as a whole, so entries just under the threshold add up', async () => {
    const { data, size } = zeros(DOCX_ZIP_LIMITS.ratioCheckedAbove - 1);
    const entries = Array.from({ length: 150 }, (_, i) => ({
      name: `word/media/image${i}.bin`,
      data,
      method: 8 as const,
      declaredSize: size,
    }));
    const error = await importError(writeRawZip(entries));
    expect(error.message).toMatch(/zip bomb.*its contents would expand \d+ times \(the limit is 100\)/);
  });

  it('refuses a document with more XML to parse than the budget, saying how much and what to do', async () => {
    const body = Array.from({ length: 3000 }, (_, i) =>
      paragraph(`Paragraph ${i} of a very long report.`),
    ).join('');
    const bytes = buildDocx({ body });
    const limits = { ...DOCX_ZIP_LIMITS, maxWantedBytes: 64 * 1024 };
    const error = await extractDocument({ name: 'long.docx', bytes }, { ...deps, zipLimits: limits }).then(
      () => null,
      (e: unknown) => e as ImportError,
    );
    expect(error?.reason).toBe('unsafe');
    expect(error?.message).toMatch(
      /^"long\.docx" is too large to read safely: its text takes \d+ KB of XML \(the limit is 64 KB\)/,
    );
    // Within the budget the same document imports.
    const ok = await extractDocument({ name: 'long.docx', bytes }, deps);
    expect(ok.text).toContain('Paragraph 2999 of a very long report.');
  });

  it('never inflates media: images carry no text', () => {
    const honest = buildDocx({ body: paragraph('Text') });
    const image = zeros(4 * 1024);
    const entries = [...unzipSafely(honest)].map(([name, data]) => ({
      name,
      data,
      method: 0 as const,
      declaredSize: data.length,
    }));
    const bytes = writeRawZip([
      ...entries,
      { name: 'word/media/photo.png', data: image.data, method: 8, declaredSize: image.size },
    ]);
    const files = unzipSafely(bytes, DOCX_ZIP_LIMITS, isDocxTextPart);
    expect(files.get('word/media/photo.png')?.length).toBe(0);
    expect(files.get('word/document.xml')?.length).toBeGreaterThan(0);
  });
});

describe('DOCX files that are damaged or not DOCX at all', () => {
  it('refuses a file that is not a zip', async () => {
    const error = await importError(new TextEncoder().encode('just some text named .docx'));
    expect(error.reason).toBe('corrupt');
    expect(error.message).toBe('"bad.docx" is not a Word (.docx) document: it is not a zip archive.');
  });

  it('refuses a truncated DOCX', async () => {
    const bytes = buildDocx({ body: paragraph('Text') });
    const error = await importError(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(error.reason).toBe('corrupt');
    expect(error.message).toMatch(/^"bad\.docx" is damaged and cannot be read: /);
  });

  it('refuses a zip without a Word document inside', async () => {
    const error = await importError(
      writeRawZip([{ name: 'a.txt', data: new Uint8Array([65]), method: 0, declaredSize: 1 }]),
    );
    expect(error.reason).toBe('corrupt');
    expect(error.message).toMatch(/^"bad\.docx" could not be read as a Word document \(.+\)\.$/);
  });

  it('refuses corrupted compressed data', async () => {
    const error = await importError(
      docxWith({
        name: 'word/document.xml',
        data: new Uint8Array([0xff, 0xff, 0xff, 0xff]),
        method: 8,
        declaredSize: 100,
      }),
    );
    expect(error.reason).toBe('corrupt');
    expect(error.message).toMatch(/"word\/document\.xml" cannot be decompressed/);
  });

  it('says a password-protected (OLE) file must be saved as an unprotected .docx', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await importError(ole, 'secret.docx');
    expect(error.reason).toBe('encrypted');
    expect(error.message).toMatch(/"secret\.docx" is password-protected or an old-style \.doc file/);
  });

  it('refuses a DOCX with no text, and a DOCX when the host gave no converter', async () => {
    const blank = await importError(buildDocx({ body: paragraph('   ') }), 'blank.docx');
    expect(blank.message).toBe('"blank.docx" contains no text to import.');
    const bytes = buildDocx({ body: paragraph('Text') });
    const error = await extractDocument({ name: 'a.docx', bytes }, { parseHtml: deps.parseHtml }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('unsupported');
  });
});
