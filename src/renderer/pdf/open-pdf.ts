// Opens a PDF with pdf.js in the browser: the parsing runs in pdf.js's own Web Worker (so a long PDF never
// freezes the page), with options that suit the app's Content-Security-Policy (no eval, no WebAssembly) and
// its offline rule (fonts, character maps and decoders come from the app's own pdfjs/ folder, shipped by
// build/pdfjs-assets-plugin.ts). Failures become the same ImportErrors the CLI gives.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ImportError } from '../../core/import/import-error';
import { describePdfFailure } from '../../core/import/pdf/describe-pdf-failure';
import { loadOnce } from '../services/load-once';

export type { PDFDocumentProxy as PdfDocument, PDFPageProxy as PdfPage };
export type PdfTextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/** An open document and how to let it go (ends its worker). */
export type OpenedPdf = { doc: PDFDocumentProxy; close: () => Promise<void> };

type OpenOptions = {
  /** For messages. */
  fileName: string;
  password?: string;
  /**
   * Whether pages will be drawn: embedded fonts are then loaded as web fonts for crisp text. Import reads
   * text only and skips that work (the text itself does not depend on it).
   */
  forDisplay?: boolean;
};

const pdfjsPart = loadOnce(() =>
  import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerSrc = workerUrl;
    return module;
  }),
);

/** pdf.js itself, fetched the first time a PDF is opened (its own chunk, so the app starts faster). */
export function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
  return pdfjsPart.load();
}

function assetUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

export async function openPdf(bytes: Uint8Array, options: OpenOptions): Promise<OpenedPdf> {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({
    // A copy: pdf.js transfers (detaches) the buffer it is given, and the caller keeps its bytes.
    data: new Uint8Array(bytes),
    ...(options.password === undefined ? {} : { password: options.password }),
    // pdf.js 6.5 has no eval path left (isEvalSupported is gone); what would compile code now is
    // WebAssembly (PostScript functions, image decoders), which the CSP forbids: its JavaScript is used.
    useWasm: false,
    disableFontFace: !options.forDisplay,
    useSystemFonts: false,
    standardFontDataUrl: assetUrl('standard_fonts'),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    wasmUrl: assetUrl('wasm'),
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const close = () => task.destroy().catch(() => undefined);
  try {
    return { doc: await task.promise, close };
  } catch (error) {
    await close();
    throw toImportError(options.fileName, error);
  }
}

/** pdf.js's exceptions (PasswordException, InvalidPDFException, ...) as the user-facing ImportError. */
export function toImportError(fileName: string, error: unknown, page?: number): ImportError {
  if (error instanceof ImportError) return error;
  const e = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  return describePdfFailure(fileName, {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(typeof e.code === 'number' ? { code: e.code } : {}),
    ...(page === undefined ? {} : { page }),
  });
}

/** A page's text items, read exactly as the CLI reads them (see src/cli/pdf/pdf-worker-main.ts). */
export function readTextContent(page: PDFPageProxy): Promise<PdfTextContent> {
  return page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
}
