// Finds and decodes the text of a REFI-QDA text source (a TextSource, a PDF's text Representation, or a
// Note): inline PlainTextContent, or a file the package holds (`internal://name` lives in Sources/). A text
// that lives outside the package (a path on another computer) cannot be read and is reported. Positions
// in the standard count characters of the file as written, line endings included, so the text comes with
// a converter from those positions to offsets in our text, whose line endings are LF.
import { decodeTextKeepingLineEndings, normaliseLineEndings } from '../../text/decode-text';
import { countBelow, indexCodePoints } from './code-points';
import { findPackageFile } from './qdpx-zip';
import { childNamed, type XmlElement } from './read-xml-safely';

export type SourceText = {
  /** The text as the library keeps it (LF line endings). */
  text: string;
  /** The bytes the text came from: the package's file, or the inline text as UTF-8. */
  bytes: Uint8Array;
  /** Our UTF-16 offset for a position in the file's characters; -1 when past the end. */
  toOffset(position: number, unit: 'code-point' | 'utf-16'): number;
};

export type TextLookup = { text: SourceText } | { missing: string };

export function readSourceText(element: XmlElement, files: Map<string, Uint8Array> | null): TextLookup {
  const inline = childNamed(element, 'PlainTextContent');
  if (inline) {
    const bytes = new (globalThis as unknown as CorePlatformGlobals).TextEncoder().encode(inline.text);
    return { text: makeSourceText(inline.text, bytes) };
  }
  const path = element.attributes.plainTextPath;
  if (!path) {
    return element.attributes.richTextPath
      ? { missing: 'only its rich text (a Word file) is given; its plain text is not in the package' }
      : { missing: 'it has no text' };
  }
  const internal = /^internal:\/\/(.+)$/i.exec(path);
  if (!internal || !files) return { missing: `its text is a file outside the package (${path})` };
  const bytes = findPackageFile(files, `Sources/${internal[1]}`) ?? findPackageFile(files, internal[1]!);
  if (!bytes) return { missing: `the package does not contain its text file (${internal[1]})` };
  return { text: makeSourceText(decodeTextKeepingLineEndings(bytes), bytes) };
}

function makeSourceText(raw: string, bytes: Uint8Array): SourceText {
  const text = normaliseLineEndings(raw);
  const points = indexCodePoints(raw);
  const crlf: number[] = [];
  for (let i = raw.indexOf('\r\n'); i >= 0; i = raw.indexOf('\r\n', i + 2)) crlf.push(i);
  return {
    text,
    bytes,
    toOffset(position, unit) {
      if (!Number.isInteger(position) || position < 0) return -1;
      const rawOffset =
        unit === 'utf-16' ? (position <= raw.length ? position : -1) : points.fromCodePoint(position);
      if (rawOffset < 0) return -1;
      // Each CRLF wholly before the position is one code unit shorter in our text.
      return rawOffset - countBelow(crlf, rawOffset - 1);
    },
  };
}
