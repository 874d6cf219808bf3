// The CLI's OCR of PDF pages (core's PdfPageOcr): one worker thread renders pages with pdf.js at 300 dpi
// (render-worker-main.ts), and tesseract.js reads them in its own worker threads (one per core, at most
// the page count), with the engine and language data from local packages only. Pages flow one by one: a
// reader asks for the next page when it is free, so memory holds a few page images at most. Progress is
// reported per page; a failure stops every thread.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OcrPageResult, PdfPageOcr } from '../../core/import/pdf/pdf-content';
import { wordsOfTesseractPage, type TesseractPage } from '../../core/import/pdf/tesseract-words';
import { runRenderWorker, type RenderMessage, type RenderRequest } from './render-worker-main';
import { languageDataDir, tesseractCoreDir } from './tesseract-paths';

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** 300 dpi: what Tesseract reads body text best at. */
export const OCR_SCALE = 300 / 72;
/** About A3 at 300 dpi; larger pages are drawn at a lower resolution. */
const MAX_PIXELS = 18_000_000;

/** `language`: one Tesseract language whose data package is installed (default eng). */
export type OcrOptions = { language?: string; threads?: number };

type TesseractWorker = {
  recognize(image: Uint8Array, options: object, output: object): Promise<{ data: TesseractPage }>;
  terminate(): Promise<unknown>;
};
function startRenderer(bytes: Uint8Array, password: string | undefined): Worker {
  const source = `import * as threads from 'node:worker_threads';\n(${runRenderWorker.toString()})(threads, (url) => import(url));\n`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), {
    workerData: {
      data: bytes,
      ...(password === undefined ? {} : { password }),
      pdfjsUrl: pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.mjs')).href,
      pdfjsWorkerUrl: pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.worker.mjs')).href,
      standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}${path.sep}`,
      cMapUrl: `${path.join(pdfjsDir, 'cmaps')}${path.sep}`,
      scale: OCR_SCALE,
      maxPixels: MAX_PIXELS,
    },
  });
}

async function startReader(language: string): Promise<TesseractWorker> {
  const langPath = languageDataDir(language);
  if (!langPath) {
    throw new Error(
      `OCR language "${language}" is not installed (npm package @tesseract.js-data/${language})`,
    );
  }
  const { createWorker } = (await import('tesseract.js')).default;
  // LSTM only (OEM 1), from local files, never cached to (or read from) the working folder.
  const worker = await createWorker(language, 1, {
    langPath,
    corePath: tesseractCoreDir(),
    cacheMethod: 'none',
    gzip: true,
  });
  return worker as unknown as TesseractWorker;
}

export function createNodePdfOcr(options: OcrOptions = {}): PdfPageOcr {
  const language = options.language ?? 'eng';
  return async (bytes, pageIndices, { onProgress, password }) => {
    if (pageIndices.length === 0) return [];
    const count = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), pageIndices.length));
    const renderer = startRenderer(new Uint8Array(bytes), password);
    const readers: TesseractWorker[] = [];
    const waiting = new Map<number, (message: RenderMessage) => void>();
    let failure: ((error: Error) => void) | undefined;
    const failed = new Promise<never>((_, reject) => (failure = reject));
    renderer.on('message', (message: RenderMessage) => {
      if (message.type === 'error' && message.page === undefined) {
        failure?.(new Error(`${message.name}: ${message.message}`));
      } else if (message.type === 'image') {
        waiting.get(message.index)?.(message);
      } else if (message.type === 'error') {
        waiting.get(message.page!)?.(message);
      }
    });
    renderer.on('error', (error) => failure?.(error));
    const render = (index: number) =>
      new Promise<{ png: Uint8Array; scale: number }>((resolve, reject) => {
        waiting.set(index, (message) => {
          waiting.delete(index);
          if (message.type === 'image') resolve({ png: message.png, scale: message.scale });
          else if (message.type === 'error') reject(new Error(`page ${index + 1}: ${message.message}`));
        });
        renderer.postMessage({ type: 'render', index } satisfies RenderRequest);
      });
    const results: OcrPageResult[] = [];
    const queue = [...pageIndices];
    try {
      const run = async () => {
        const reader = await startReader(language);
        readers.push(reader);
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const { png, scale } = await render(index);
          const { data } = await reader.recognize(png, {}, { blocks: true, text: false });
          results.push({ index, scale, words: wordsOfTesseractPage(data) });
          onProgress?.({ done: results.length, total: pageIndices.length });
        }
      };
      await Promise.race([Promise.all(Array.from({ length: count }, run)), failed]);
      return results;
    } finally {
      await Promise.all(readers.map((reader) => reader.terminate().catch(() => undefined)));
      await renderer.terminate();
    }
  };
}
