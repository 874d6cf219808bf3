// The one shape every interchange format has (W3C Web Annotation, Hypothesis, REFI-QDA project and
// codebook, CSV), so the app's Export and Import doors and the CLI's `export` and `import` treat them
// alike: a format writes a library to bytes, and reads bytes into a library that then goes through the
// same validation, preview and merge as our own bundles. What a format could not bring in is reported,
// never dropped silently.
import type { PdfTextSource } from '../import/pdf/pdf-content';
import type { Library } from '../model/records';

export type InterchangeFormatId = 'w3c' | 'hypothesis' | 'qdpx' | 'qdc' | 'csv';

/** One thing a file held that the import could not bring in, and why, in the researcher's words. */
export type SkippedItem = { what: string; why: string };

export type InterchangeImport = {
  /** A library as a bundle would carry it: merged through mergeLibraries after the preview. */
  library: Library;
  skipped: SkippedItem[];
  /**
   * Original files the file carried for sources read from them (a PDF inside a REFI-QDA package), by
   * source id, for a host that keeps originals beside their text (the app draws PDF pages from them).
   */
  originals?: Map<string, Uint8Array>;
};

export type WriteContext = {
  /** ISO time of the export, for formats that carry one. */
  now: string;
};

export type ReadContext = {
  /** The library the file is imported into: used to anchor annotations to sources already there. */
  existing: Library;
  now: string;
  /** Who imports: the researcher records made from a foreign file are attributed to, when it names none. */
  researcherId: string;
  /**
   * The host's PDF reader (pdf.js, as a document import uses), for PDFs a package holds. Without one, such
   * a PDF comes in only through a text representation the project carries, else it is reported.
   */
  readPdf?: PdfTextSource;
};

export type InterchangeFormat = {
  id: InterchangeFormatId;
  /** The name in the Format choice, e.g. "Web Annotation (W3C JSON-LD)". */
  label: string;
  /** File name extension without the dot, e.g. "jsonld", "qdpx". */
  extension: string;
  mimeType: string;
  /** True when these bytes are this format (content, not extension, decides). Cheap; never throws. */
  detect(bytes: Uint8Array): boolean;
  /** Absent for import-only formats (Hypothesis). */
  write?(library: Library, context: WriteContext): Uint8Array;
  /** Absent for export-only formats (CSV). Throws an Error whose message is for the researcher. */
  read?(bytes: Uint8Array, context: ReadContext): Promise<InterchangeImport>;
};
