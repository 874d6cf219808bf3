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
  /**
   * What the page paints besides text, counted from its operator list. Hosts fill it only for pages that
   * needsDrawingCheck picks (pages with next to no text), so a born-digital PDF pays nothing for it.
   */
  drawing?: PageDrawing;
  /** Set when the items are words read by OCR from the rendered page: their mean confidence (0-100). */
  ocr?: { confidence: number };
};

/** Image and path painting operations on a page. */
export type PageDrawing = { images: number; paths: number };

/** The document information dictionary's entries that feed citation metadata. */
export type PdfInfo = {
  title?: string;
  author?: string;
  subject?: string;
  /** When the file was written (not when the work was published, so never the citation date). */
  creationDate?: string;
};

export type PdfDocumentContent = { pages: PdfPageContent[]; info: PdfInfo };

/** Whether pages whose text cannot be trusted are read by OCR: never, when needed (default), or every page. */
export type OcrMode = 'off' | 'on' | 'always';
export const OCR_MODES: readonly OcrMode[] = ['on', 'off', 'always'];

/** One word OCR read, in pixels of the page rendered at `scale` pixels per PDF point (top-left origin). */
export type OcrWord = {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The baseline's height in pixels (from the top), when the engine gives it. */
  baseline?: number;
  /** 0-100. */
  confidence: number;
  /** The last word of its line. */
  lineEnd: boolean;
};

export type OcrPageResult = { index: number; scale: number; words: OcrWord[] };

export type OcrProgress = { done: number; total: number };

/**
 * Renders and reads the given pages of a PDF by OCR (host side: tesseract.js in a worker). Resolves with
 * one result per page, in any order. Cancelling is the host's (it stops its workers and rejects).
 */
export type PdfPageOcr = (
  bytes: Uint8Array,
  pageIndices: readonly number[],
  options: { onProgress?: (progress: OcrProgress) => void; password?: string },
) => Promise<OcrPageResult[]>;

/**
 * Reads a PDF's text items; a host implements it over pdf.js. Throws ImportError for unreadable files;
 * `fileName` (the file being imported) is for its messages.
 */
export type PdfTextSource = (bytes: Uint8Array, fileName?: string) => Promise<PdfDocumentContent>;

/**
 * Version of the PDF text definition (assemblePdfText); bump when its output can change for the same bytes.
 * 2: running headers and footers follow the last page instead of sitting at their page's edges, and a
 * sentence running on over a page break is joined with a space.
 * 3: an unprintable character (a control code from a font without a Unicode map) is kept as U+FFFD, one
 * for one, so offsets are those of version 2; pages read by OCR carry OCR's words.
 */
export const PDF_EXTRACTOR_VERSION = 'pdf/3+text/1';
/** The first definition, still assembled to draw the pages of sources stored by it. */
export const PDF_EXTRACTOR_VERSION_1 = 'pdf/1+text/1';

/** Between pages in a source's text. A blank line, so a claim never runs two pages into one word. */
export const PAGE_SEPARATOR = '\n\n';
/** Between pages where a sentence runs on from one page to the next (not a hyphenated word). */
export const RUN_ON_SEPARATOR = ' ';
