import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createSource, extractDocument } from '../../../src/core/import/extract-document';
import { sha256Hex } from '../../../src/core/text/hash';
import { EXTRACTOR_VERSIONS } from '../../../src/core/text/text-definition';
import { corpusUrl as corpus } from '../../support/repo-paths';

const parseHtml = (html: string) => parseHTML(html).document;
const ctx = { researcherId: 'researcher-1', now: '2026-11-24T10:15:00.000Z' };

describe('createSource', () => {
  it('identifies a source by the SHA-256 of its original bytes and its text by the text’s hash', async () => {
    const name = '000_38c8a26222ede8aa.utf16le.txt';
    const bytes = new Uint8Array(readFileSync(new URL(`formats/${name}`, corpus)));
    const file = { name, bytes };
    const source = await createSource(file, await extractDocument(file, { parseHtml }), ctx);
    expect(source.id).toBe(await sha256Hex(bytes));
    const utf8 = readFileSync(new URL('documents/000_38c8a26222ede8aa.txt', corpus), 'utf8');
    // The same text in another encoding is another file but the same text.
    expect(source.textHash).toBe(await sha256Hex(utf8));
    expect(source.id).not.toBe(await sha256Hex(utf8));
    expect(source).toMatchObject({
      format: 'txt',
      fileName: name,
      extractorVersion: EXTRACTOR_VERSIONS.txt,
      text: utf8,
      importedAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: 'researcher-1',
      deleted: false,
    });
    expect(source.metadata.accessed).toEqual({ 'date-parts': [[2026, 11, 24]] });
  });

  it('gives the same id to the same bytes imported twice, and keeps extracted metadata', async () => {
    const file = {
      name: 'a.html',
      bytes: new TextEncoder().encode('<head><meta property="og:site_name" content="P"></head><p>Hi</p>'),
    };
    const first = await createSource(file, await extractDocument(file, { parseHtml }), ctx);
    const again = await createSource(
      { ...file, name: 'copy.html' },
      await extractDocument(file, { parseHtml }),
      {
        researcherId: 'researcher-2',
        now: '2026-12-01T00:00:00.000Z',
      },
    );
    expect(again.id).toBe(first.id);
    expect(first.metadata.publisher).toBe('P');
    expect(first.extractorVersion).toBe(EXTRACTOR_VERSIONS.html);
  });
});
