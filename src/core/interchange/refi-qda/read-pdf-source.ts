// Reads a REFI-QDA PDFSource. When the package holds the PDF and the host can read PDFs, the source is the
// PDF itself, read exactly as a document import reads it (so the same file imported on its own later is
// the same source, and the app can draw its pages): its coded areas (PDFSelections, rectangles on a page)
// become quote claims on the passages they cover, and the passages coded in the text representation a tool
// wrote for it are found again in our text by their quote. Otherwise the source comes in through that text
// representation, and its areas cannot be placed. Whatever cannot come in is reported with the reason.
import { anchorTarget } from '../../anchoring/anchor-target';
import { describeRange } from '../../anchoring/describe-range';
import { createSource } from '../../import/create-source';
import { extractPdfWithLayout, type PdfLayout } from '../../import/pdf/extract-pdf';
import { ImportError } from '../../import/import-error';
import { formatSize } from '../../files/format-size';
import { LIMITS } from '../../limits';
import type { ExtractedDocument } from '../../import/extract-document';
import type { Source } from '../../model/records';
import type { ReadContext, SkippedItem } from '../interchange-format';
import { locatePdfArea, readPdfArea } from './locate-pdf-area';
import { locateByPosition, type LocateSelection } from './read-selection';
import { readSourceText, type SourceText } from './read-source-text';
import { childNamed, childrenNamed, type XmlElement } from './read-xml-safely';

/** What reading a project offers a PDF source: the package, and how sources and passages are added. */
export type PdfSourceReader = {
  files: Map<string, Uint8Array> | null;
  /** Inflates one file of the package by its path (PDFs are not inflated until a source needs one). */
  inflate?: (path: string) => Uint8Array | undefined;
  ctx: ReadContext;
  skipped: SkippedItem[];
  addTextSource(
    element: XmlElement,
    text: SourceText,
    title: string,
    selections: XmlElement[],
  ): Promise<void>;
  /** Adds a source read from a file: the library's own record when it already has these bytes. */
  addFileSource(element: XmlElement, source: Source, original: Uint8Array): Source;
  readSelections(source: Source, title: string, selections: XmlElement[], locate: LocateSelection): void;
};

export async function readPdfSource(
  element: XmlElement,
  title: string,
  reader: PdfSourceReader,
): Promise<void> {
  const { skipped } = reader;
  const areas = childrenNamed(element, 'PDFSelection');
  const representation = childNamed(element, 'Representation');
  const found = representation ? readSourceText(representation, reader.files) : null;
  const text = found && 'text' in found ? found.text : null;
  const pdfPath = /^internal:\/\/(.+)$/i.exec(element.attributes.path ?? '')?.[1];
  const held = pdfPath && reader.files ? packagePath(reader.files, pdfPath) : undefined;

  if (held && reader.ctx.readPdf && reader.inflate) {
    const read = await readHeldPdf(held, reader);
    if ('document' in read) {
      const named = element.attributes.name?.trim();
      const document: ExtractedDocument = named
        ? { ...read.document, title: title, metadata: { ...read.document.metadata, title } }
        : read.document;
      const made = await createSource({ name: fileNameOf(held), bytes: read.bytes }, document, reader.ctx);
      const source = reader.addFileSource(element, made, read.bytes);
      const placeIn = (locate: LocateSelection, from: string) => locateThrough(locate, from, source.text);
      reader.readSelections(
        source,
        title,
        areas,
        placeIn(locateArea(read.layout, document.text), document.text),
      );
      if (representation && text)
        reader.readSelections(
          source,
          title,
          childrenNamed(representation, 'PlainTextSelection'),
          placeIn(locateByPosition(text), text.text),
        );
      return;
    }
    skipped.push({
      what: `PDF "${title}"`,
      why: `the PDF in the package could not be read: ${read.why}${text ? '; its text came from the project instead' : ''}`,
    });
  }

  if (!representation || !text) {
    const why = held ? ' (the package holds the PDF: import it on its own to read its text)' : '';
    const count = areas.length;
    skipped.push({
      what: `PDF "${title}"`,
      why: `its text is not in the project${why}${count > 0 ? `; its ${count} coded area${count === 1 ? '' : 's'} cannot be placed without it` : ''}`,
    });
    return;
  }
  await reader.addTextSource(
    representation,
    text,
    title,
    childrenNamed(representation, 'PlainTextSelection'),
  );
  if (areas.length > 0)
    skipped.push({
      what: `${areas.length} coded area${areas.length === 1 ? '' : 's'} of PDF "${title}"`,
      why: 'an area marked on a PDF page is a rectangle, not a passage of its text, and the package does not hold the PDF to place it',
    });
}

type HeldPdf = { bytes: Uint8Array; document: ExtractedDocument; layout: PdfLayout } | { why: string };

async function readHeldPdf(path: string, reader: PdfSourceReader): Promise<HeldPdf> {
  const bytes = reader.inflate!(path);
  if (!bytes || bytes.length === 0) return { why: 'it is empty' };
  if (bytes.length > LIMITS.fileBytes)
    return {
      why: `it is ${formatSize(bytes.length)}, more than the ${formatSize(LIMITS.fileBytes)} a file may be`,
    };
  try {
    const { document, layout } = await extractPdfWithLayout(
      { name: fileNameOf(path), bytes },
      reader.ctx.readPdf,
    );
    if (document.text.length > LIMITS.sourceText) return { why: 'its text is longer than a source can hold' };
    return { bytes, document, layout };
  } catch (error) {
    if (error instanceof ImportError) return { why: error.message };
    throw error;
  }
}

/** The package's own spelling of a path the project names, with or without the Sources folder. */
function packagePath(files: Map<string, Uint8Array>, name: string): string | undefined {
  for (const candidate of [`Sources/${name}`, name]) {
    if (files.has(candidate)) return candidate;
    const lower = candidate.toLowerCase();
    for (const key of files.keys()) if (key.toLowerCase() === lower) return key;
  }
  return undefined;
}

function fileNameOf(path: string): string {
  return (/([^/]+)$/.exec(path)?.[1] ?? path).slice(0, LIMITS.shortText);
}

function locateArea(layout: PdfLayout, text: string): LocateSelection {
  return (selection) => {
    const area = readPdfArea(selection);
    if (!area) return { why: 'its page or corners are missing or not numbers' };
    return locatePdfArea(layout, text, area);
  };
}

/**
 * A locator for passages found in `from`, giving ranges in `to`: the same when the texts are the same;
 * else the passage is found again in `to` by its quote and context (as a claim is re-anchored), so a
 * passage of a tool's text representation, or of a PDF the library holds under an older text definition,
 * lands on the same words of the source's text.
 */
function locateThrough(locate: LocateSelection, from: string, to: string): LocateSelection {
  if (from === to) return locate;
  return (selection) => {
    const found = locate(selection);
    if ('why' in found) return found;
    const anchored = anchorTarget(to, describeRange(from, found.start, found.end));
    return anchored ?? { why: 'its words are not in the text read from the PDF' };
  };
}
