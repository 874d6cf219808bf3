// Hostile and broken REFI-QDA files are refused whole, with a message that says what is wrong, before
// anything is read into a library: a zip bomb, entity expansion ("billion laughs"), an external entity,
// zip entries whose names lead outside the package, and files that are not what they claim to be.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { qdcFormat } from '../../../../src/core/interchange/refi-qda/qdc-format';
import { qdpxFormat } from '../../../../src/core/interchange/refi-qda/qdpx-format';
import { readXmlSafely } from '../../../../src/core/interchange/refi-qda/read-xml-safely';
import { makeQdaLibrary, readContext } from './qda-library';

const PROJECT = '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Description>&x;</Description></Project>';
const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY a "lollollollollollollollollollol">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY x "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
${PROJECT}`;
const EXTERNAL = `<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
${PROJECT}`;

function qdpx(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]),
    ),
  );
}

/** A project whose one source is the named text file in the package. */
function usingText(name: string): string {
  return `<Project name="p"><Sources><TextSource guid="80000000-0000-4000-8000-000000000001" plainTextPath="internal://${name}"/></Sources></Project>`;
}

/** Bytes that do not compress (a fixed pseudo-random sequence). */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** The zip with an entry's declared uncompressed size (local and central headers) set to `size`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const encoded = strToU8(name);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    const [sizeAt, nameAt] =
      signature === 0x04034b50 ? [22, 30] : signature === 0x02014b50 ? [24, 46] : [-1, -1];
    if (sizeAt < 0 || view.getUint16(at + (signature === 0x04034b50 ? 26 : 28), true) !== encoded.length)
      continue;
    if (encoded.every((byte, i) => bytes[at + nameAt + i] === byte)) view.setUint32(at + sizeAt, size, true);
  }
  return bytes;
}

/** Reads and expects a refusal; the library imported into is left exactly as it was. */
async function expectRefused(
  read: () => Promise<unknown>,
  existingBefore: string,
  existing: unknown,
  message: RegExp,
) {
  await expect(read()).rejects.toThrow(message);
  expect(JSON.stringify(existing)).toBe(existingBefore);
}

describe('hostile REFI-QDA files are refused with a message', () => {
  const existing = makeQdaLibrary();
  const before = JSON.stringify(existing);
  const ctx = readContext(existing);
  const readQdpx = (bytes: Uint8Array) => () => qdpxFormat.read!(bytes, ctx);
  const readQdc = (text: string) => () => qdcFormat.read!(strToU8(text), ctx);

  it('a zip bomb: an entry declaring a size no deflated data can reach is not inflated', async () => {
    const bytes = declareSize(
      qdpx({ 'project.qde': usingText('bomb.txt'), 'Sources/bomb.txt': new Uint8Array(1024 * 1024) }),
      'Sources/bomb.txt',
      2_000_000_000,
    );
    await expectRefused(
      readQdpx(bytes),
      before,
      existing,
      /cannot be imported: it looks like a zip bomb.*bomb\.txt.*expand \d+ times/,
    );
  });

  it('a zip bomb: an entry that inflates past the size it declares is stopped there', async () => {
    const bytes = declareSize(
      qdpx({ 'project.qde': usingText('bomb.txt'), 'Sources/bomb.txt': new Uint8Array(8 * 1024 * 1024) }),
      'Sources/bomb.txt',
      1000,
    );
    await expectRefused(
      readQdpx(bytes),
      before,
      existing,
      /zip bomb.*bomb\.txt" expands to more than the 1 KB it declares/,
    );
  });

  it('a file the project does not use is never inflated, whatever it declares', async () => {
    const bytes = declareSize(
      qdpx({ 'project.qde': '<Project name="p"/>', 'Sources/unused.txt': new Uint8Array(8 * 1024 * 1024) }),
      'Sources/unused.txt',
      1000,
    );
    await expect(qdpxFormat.read!(bytes, ctx)).resolves.toMatchObject({ skipped: [] });
  });

  it('more project and text to read than the budget allows is refused before inflating', async () => {
    const bytes = declareSize(
      qdpx({ 'project.qde': usingText('big.txt'), 'Sources/big.txt': noise(1024 * 1024) }),
      'Sources/big.txt',
      200 * 1024 * 1024,
    );
    await expectRefused(
      readQdpx(bytes),
      before,
      existing,
      /its project and texts would take 200 MB to read \(the limit is 120 MB\)/,
    );
  });

  it('entity expansion ("billion laughs") in project.qde and in a codebook', async () => {
    await expectRefused(
      readQdpx(qdpx({ 'project.qde': LAUGHS })),
      before,
      existing,
      /project\.qde is refused: .*DOCTYPE.*refused for safety/,
    );
    await expectRefused(
      readQdc(LAUGHS.replace(/Project/g, 'CodeBook')),
      before,
      existing,
      /codebook \(\.qdc\) cannot be imported: .*DOCTYPE/,
    );
  });

  it('an external entity that points at a file on this computer', async () => {
    await expectRefused(
      readQdpx(qdpx({ 'project.qde': EXTERNAL })),
      before,
      existing,
      /DOCTYPE.*refused for safety/,
    );
    await expectRefused(readQdc(EXTERNAL.replace(/Project/g, 'CodeBook')), before, existing, /DOCTYPE/);
  });

  it('an entity used without any declaration is not well-formed XML', async () => {
    await expectRefused(readQdpx(qdpx({ 'project.qde': PROJECT })), before, existing, /not well-formed XML/);
  });

  it.each(['../evil.txt', 'Sources/../../evil.txt', '/etc/evil.txt', 'C:/evil.txt', '..\\evil.txt'])(
    'a zip entry named %s, which points outside the package',
    async (name) => {
      const bytes = qdpx({ 'project.qde': '<Project name="p"/>', [name]: 'x' });
      await expectRefused(
        readQdpx(bytes),
        before,
        existing,
        /points outside the package; it was refused for safety/,
      );
    },
  );

  it('files that are not what they claim: not a zip, no project, another root, broken XML', async () => {
    await expectRefused(readQdpx(strToU8('{"not": "a zip"}')), before, existing, /not a zip archive/);
    await expectRefused(
      readQdpx(qdpx({ 'other.xml': '<Project/>' })),
      before,
      existing,
      /holds no project\.qde/,
    );
    await expectRefused(
      readQdpx(qdpx({ 'project.qde': '<CodeBook/>' })),
      before,
      existing,
      /holds a <CodeBook>, not a REFI-QDA <Project>/,
    );
    await expectRefused(
      readQdpx(qdpx({ 'project.qde': '<Project name="p"><Sources>' })),
      before,
      existing,
      /not well-formed XML/,
    );
    await expectRefused(readQdc('<CodeBook><Codes></CodeBook>'), before, existing, /not well-formed XML/);
  });

  it('XML nested deeper than any project is refused, not walked', () => {
    expect(() => readXmlSafely(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toThrow(
      /nested more than 200 deep/,
    );
  });

  it('detection never throws on garbage', () => {
    for (const bytes of [new Uint8Array(0), strToU8('PK\u0003\u0004garbage'), strToU8(LAUGHS)]) {
      expect(qdpxFormat.detect(bytes)).toBe(false);
    }
    expect(qdcFormat.detect(strToU8(LAUGHS))).toBe(false);
  });
});
