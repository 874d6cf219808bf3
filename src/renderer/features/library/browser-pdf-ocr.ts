// The app's OCR of PDF pages (core's PdfPageOcr): pdf.js draws each page on a canvas at 300 dpi (smaller
// for huge pages) and tesseract.js reads it in its own Web Worker, with the worker script, the
// WebAssembly engine and the English data served by the app itself (build/tesseract-assets-plugin.ts), so
// nothing is fetched from outside. Pages go one at a time; progress is reported per page, and an abort
// ("Cancel import") ends the worker at once and rejects with ExtractionCancelled.
import type { OcrPageResult, PdfPageOcr } from '../../../core/import/pdf/pdf-content';
import { wordsOfTesseractPage, type TesseractPage } from '../../../core/import/pdf/tesseract-words';
import { ExtractionCancelled } from './extract-in-worker';
import { openPdf } from '../../pdf/open-pdf';

/** 300 dpi, what Tesseract reads body text best at. */
const OCR_SCALE = 300 / 72;
/** About A3 at 300 dpi: larger pages are drawn at a lower resolution. */
const MAX_PIXELS = 18_000_000;

type TesseractWorker = {
  recognize(image: HTMLCanvasElement, options: object, output: object): Promise<{ data: TesseractPage }>;
  terminate(): Promise<unknown>;
};

function assetUrl(path: string): string {
  return new URL(`tesseract/${path}`, document.baseURI).href;
}

async function startTesseract(): Promise<TesseractWorker> {
  const { createWorker } = await import('tesseract.js');
  const worker = await createWorker('eng', 1, {
    workerPath: assetUrl('worker.min.js'),
    // A folder: the worker picks the build the browser's WebAssembly SIMD support allows.
    corePath: assetUrl(''),
    langPath: assetUrl(''),
    cacheMethod: 'none',
    gzip: true,
    // The worker is started from its own URL (the CSP's worker-src 'self'), not from a blob.
    workerBlobURL: false,
  });
  return worker as unknown as TesseractWorker;
}

export function createBrowserPdfOcr(options: { signal?: AbortSignal } = {}): PdfPageOcr {
  const { signal } = options;
  return async (bytes, pageIndices, { onProgress, password }) => {
    if (pageIndices.length === 0) return [];
    if (signal?.aborted) throw new ExtractionCancelled();
    const { doc, close } = await openPdf(bytes, {
      fileName: 'This PDF',
      forDisplay: true,
      ...(password === undefined ? {} : { password }),
    });
    let worker: TesseractWorker | undefined;
    let rejectCancelled: ((error: Error) => void) | undefined;
    const cancelled = new Promise<never>((_, reject) => (rejectCancelled = reject));
    cancelled.catch(() => undefined);
    const onAbort = () => {
      void worker?.terminate();
      rejectCancelled?.(new ExtractionCancelled());
    };
    signal?.addEventListener('abort', onAbort);
    try {
      worker = await Promise.race([startTesseract(), cancelled]);
      const results: OcrPageResult[] = [];
      onProgress?.({ done: 0, total: pageIndices.length });
      for (const index of pageIndices) {
        const page = await doc.getPage(index + 1);
        const base = page.getViewport({ scale: 1 });
        const scale = Math.min(OCR_SCALE, Math.sqrt(MAX_PIXELS / (base.width * base.height)));
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        await page.render({ canvas, viewport, background: '#ffffff' }).promise;
        const { data } = await Promise.race([
          worker.recognize(canvas, {}, { blocks: true, text: false }),
          cancelled,
        ]);
        canvas.width = 0;
        page.cleanup();
        results.push({ index, scale, words: wordsOfTesseractPage(data) });
        onProgress?.({ done: results.length, total: pageIndices.length });
      }
      return results;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await worker?.terminate().catch(() => undefined);
      await close();
    }
  };
}
