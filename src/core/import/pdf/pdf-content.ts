// What a PDF reader (pdf.js in a Node worker thread for the CLI, pdf.js in a browser worker for the app)
// hands to core: each page's text items in page space with a top-left origin, plus the document's info.
// Core turns these into a source's text without knowing which reader made them, so both hosts store the
// same text for the same bytes.

/** One run of text as the PDF draws it. Coordinates are PDF points, origin at the page's top left. */
export type PdfTextItem = {
  str: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  width: number;
  height: number;
  fontSize: number;
  fontName?: string;
  /** The reader saw a line end after this item. */
  hasEOL: boolean;
  /** Not horizontal (vertical or at an angle): kept, but read after the page's horizontal text. */
  rotated?: boolean;
};

export type PdfPageContent = {
  /** 0-based page number. */
  index: number;
  /** The page label the PDF declares (e.g. "iv"), else the 1-based page number. */
  label: string;
  width: number;
  height: number;
  items: PdfTextItem[];
};

/** The document information dictionary's entries that feed citation metadata. */
export type PdfInfo = {
  title?: string;
  author?: string;
  subject?: string;
  /** When the file was written (not when the work was published, so never the citation date). */
  creationDate?: string;
};

export type PdfDocumentContent = { pages: PdfPageContent[]; info: PdfInfo };

/**
 * Reads a PDF's text items; a host implements it over pdf.js. Throws ImportError for unreadable files;
 * `fileName` (the file being imported) is for its messages.
 */
export type PdfTextSource = (bytes: Uint8Array, fileName?: string) => Promise<PdfDocumentContent>;

/**
 * Version of the PDF text definition (assemblePdfText); bump when its output can change for the same bytes.
 * 2: running headers and footers follow the last page instead of sitting at their page's edges, and a
 * sentence running on over a page break is joined with a space.
 */
export const PDF_EXTRACTOR_VERSION = 'pdf/2+text/1';
/** The first definition, still assembled to draw the pages of sources stored by it. */
export const PDF_EXTRACTOR_VERSION_1 = 'pdf/1+text/1';

/** Between pages in a source's text. A blank line, so a claim never runs two pages into one word. */
export const PAGE_SEPARATOR = '\n\n';
/** Between pages where a sentence runs on from one page to the next (not a hyphenated word). */
export const RUN_ON_SEPARATOR = ' ';
