// The DOCX text definition: the archive is checked and unpacked safely (unzip-safely.ts), repacked
// uncompressed so the converter sees exactly the entries that were checked, converted to HTML by the
// injected mammoth converter, and that HTML serialised by core's one HTML text definition (html-text.ts):
// headings and paragraphs are blocks, list items paragraphs as written (no invented bullets or numbers),
// a table one block with a line per row and tab-separated cells. Note back-links ("↑") that mammoth adds
// are not document text and are dropped. Metadata comes from docProps (read-docx-properties.ts).

import { strFromU8, zipSync } from 'fflate';
import { ImportError } from '../import-error';
import { extractHtmlText } from '../html-text';
import {
  findFirstElement,
  readAttribute,
  readTagName,
  type DomParser,
  type HtmlNodeLike,
} from '../html-like';
import { readDocxProperties } from './read-docx-properties';
import { unzipSafely, DOCX_ZIP_LIMITS, isDocxTextPart, type ZipLimits } from './unzip-safely';
import { ZipError, type ZipProblem } from './read-zip-directory';
import type { DocxConverter } from './docx-converter';
import type { CslMetadata } from '../../model/records';

export type DocxDeps = { parseHtml: DomParser; convertDocx: DocxConverter; zipLimits?: ZipLimits };

/** `titles`: the declared title candidates in order (dc:title, the first heading); see choose-title.ts. */
export type ExtractedDocx = { titles: (string | null)[]; text: string; metadata: CslMetadata };

/** Text, title candidates (dc:title, the first heading) and metadata of a DOCX file. */
export async function extractDocx(name: string, bytes: Uint8Array, deps: DocxDeps): Promise<ExtractedDocx> {
  const files = unpack(name, bytes, deps.zipLimits ?? DOCX_ZIP_LIMITS);
  const readPart = (part: string) => {
    const data = files.get(part);
    return data ? strFromU8(data) : null;
  };
  const properties = readDocxProperties(readPart('docProps/core.xml'), readPart('docProps/app.xml'));

  let html: string;
  try {
    html = (await deps.convertDocx(zipSync(Object.fromEntries(files), { level: 0 }))).html;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(name, 'corrupt', `"${name}" could not be read as a Word document (${reason}).`);
  }
  const document = deps.parseHtml(html);
  const text = extractHtmlText(document, { skip: isNoteBackLink });
  const heading = findFirstElement(document, 'h1')?.textContent ?? null;
  return { titles: [properties.title, heading], text, metadata: properties.metadata };
}

function unpack(name: string, bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  try {
    // Media is never inflated: images carry no text, and the converter is told not to read them.
    return unzipSafely(bytes, limits, isDocxTextPart);
  } catch (error) {
    if (error instanceof ZipError) throw toImportError(name, bytes, error.problem);
    throw error;
  }
}

function toImportError(name: string, bytes: Uint8Array, problem: ZipProblem): ImportError {
  switch (problem.kind) {
    case 'not-zip':
      // Password-protected .docx files are OLE compound files, as are old binary .doc files.
      if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
        return new ImportError(
          name,
          'encrypted',
          `"${name}" is password-protected or an old-style .doc file. Save it in Word as a .docx without a password, then import that.`,
        );
      }
      return new ImportError(
        name,
        'corrupt',
        `"${name}" is not a Word (.docx) document: it is not a zip archive.`,
      );
    case 'damaged':
      return new ImportError(name, 'corrupt', `"${name}" is damaged and cannot be read: ${problem.detail}.`);
    case 'encrypted':
      return new ImportError(name, 'encrypted', `"${name}" contains encrypted parts and cannot be read.`);
    case 'zip64':
      return new ImportError(name, 'unsafe', `"${name}" declares contents too large for a Word document.`);
    case 'too-many-entries':
      return new ImportError(
        name,
        'unsafe',
        `"${name}" holds ${problem.count} files, far more than a Word document has; it looks like a zip bomb and was not opened.`,
      );
    case 'too-complex':
      return new ImportError(
        name,
        'unsafe',
        `"${name}" is too large to read safely: its text takes ${problem.detail} (the limit is ${problem.limit}). Split it into smaller documents, or save it as PDF and import that.`,
      );
    case 'bomb':
      return new ImportError(
        name,
        'unsafe',
        `"${name}" looks like a zip bomb and was not opened: ${problem.detail}.`,
      );
  }
}

/** mammoth ends each footnote, endnote and comment with a link back to its reference, shown as "↑". */
function isNoteBackLink(element: HtmlNodeLike): boolean {
  return (
    readTagName(element) === 'a' &&
    (readAttribute(element, 'href') ?? '').startsWith('#') &&
    (element.textContent ?? '').trim() === '↑'
  );
}
