import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/text/decode-text';
import { EXTRACTOR_VERSIONS, TEXT_DEFINITION_VERSION } from '../../../src/core/text/text-definition';
import { corpusUrl as corpus } from '../../support/repo-paths';

const read = (path: string) => new Uint8Array(readFileSync(new URL(path, corpus)));
const readUtf8 = (path: string) => readFileSync(new URL(path, corpus), 'utf8');

const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe('decodeText', () => {
  it('decodes the UTF-16LE corpus file to the same text as its UTF-8 document', () => {
    const { text, encoding } = decodeText(read('formats/000_38c8a26222ede8aa.utf16le.txt'));
    expect(encoding).toBe('utf-16le');
    expect(text).toBe(readUtf8('documents/000_38c8a26222ede8aa.txt').replace(/\r\n?/g, '\n'));
  });

  it('decodes the windows-1252 corpus file, curly quotes and bullets included, to its UTF-8 document', () => {
    const { text, encoding } = decodeText(read('formats/002_f51d64f123fd7464.cp1252.txt'));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(readUtf8('documents/002_f51d64f123fd7464.txt').replace(/\r\n?/g, '\n'));
    expect(text).toContain('• Comment');
    expect(text).toContain('children’s');
  });

  it('decodes UTF-8 with and without a BOM, dropping the BOM', () => {
    const plain = new TextEncoder().encode('£30m – “quoted”');
    expect(decodeText(plain)).toEqual({ text: '£30m – “quoted”', encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom)).toEqual({ text: '£30m – “quoted”', encoding: 'utf-8' });
  });

  it('decodes UTF-16BE by its BOM', () => {
    const le = utf16le('Hi £5');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
    expect(decodeText(be)).toEqual({ text: 'Hi £5', encoding: 'utf-16be' });
    expect(decodeText(utf16le('Hi £5'))).toEqual({ text: 'Hi £5', encoding: 'utf-16le' });
  });

  it('turns CRLF and lone CR into LF and changes nothing else', () => {
    const source = 'a  b\r\n\r\nc\rd\n\n\te\u00a0f  \n';
    const { text } = decodeText(new TextEncoder().encode(source));
    expect(text).toBe('a  b\n\nc\nd\n\n\te\u00a0f  \n');
  });

  it('keeps a BOM-less text that is valid UTF-8 as UTF-8 rather than windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('naïve café')).encoding).toBe('utf-8');
    expect(decodeText(new Uint8Array([0x6e, 0x61, 0xef, 0x76, 0x65]))).toEqual({
      text: 'naïve',
      encoding: 'windows-1252',
    });
  });

  it('reads a UTF-8 file with a few bad bytes as UTF-8, showing and counting them, not as windows-1252', () => {
    const text = readUtf8('documents/001_1e5035609ec9f0e3.txt');
    const good = new TextEncoder().encode(text);
    // One stray windows-1252 byte on line 3 and a truncated sequence later: damage, not another encoding.
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
    const third = new TextEncoder().encode(text.slice(0, lineStarts[2])).length;
    const damaged = new Uint8Array([...good.slice(0, third), 0x96, ...good.slice(third), 0xe2, 0x82]);
    const decoded = decodeText(damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('£8.52m');
    expect(decoded.text).not.toContain('Â£');
    expect(decoded.unreadable?.count).toBe(2);
    expect(decoded.unreadable?.lines[0]).toBe(3);
    expect(decoded.text.slice(lineStarts[2]!, lineStarts[2]! + 1)).toBe('\uFFFD');
  });

  it('still reads a windows-1252 file with a few byte sequences that happen to be UTF-8 as windows-1252', () => {
    const decoded = decodeText(read('formats/002_f51d64f123fd7464.cp1252.txt'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.unreadable).toBeUndefined();
  });

  it('does not count a file’s own U+FFFD characters as unreadable', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Replacement \uFFFD here, £1 and £2 and £3. '),
      0xff,
    ]);
    expect(decodeText(bytes).unreadable).toEqual({ count: 1, lines: [1] });
  });

  it('names a versioned text definition for each core format', () => {
    expect(TEXT_DEFINITION_VERSION).toMatch(/\S/);
    for (const version of Object.values(EXTRACTOR_VERSIONS))
      expect(version).toContain(TEXT_DEFINITION_VERSION);
    expect(new Set(Object.values(EXTRACTOR_VERSIONS)).size).toBe(Object.keys(EXTRACTOR_VERSIONS).length);
  });
});
