// Reads a PDF's text items in Node for the CLI: pdf.js runs in worker threads, each opening the document
// once and taking the next unread page until none is left, so a long PDF uses every core and pdf.js's
// polyfills never touch the main thread. Failures become ImportErrors a researcher can act on (a password is needed or wrong, the
// file is damaged or not a PDF), and a worker that goes quiet is stopped, so a bad file never hangs.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../../core/import/import-error';
import type { PdfDocumentContent, PdfPageContent } from '../../core/import/pdf/pdf-content';
import { normalisePdfTextContent } from '../../core/import/pdf/normalise-text-content';
import { readPdfInfo } from '../../core/import/pdf/read-pdf-info';
import {
  runPdfWorker,
  type PdfWorkerData,
  type PdfWorkerItems,
  type PdfWorkerMessage,
} from './pdf-worker-main';
import type { PdfJsTextItem } from '../../core/import/pdf/normalise-text-content';
import { describePdfFailure } from '../../core/import/pdf/describe-pdf-failure';
import { MIN_TEXT_CHARACTERS } from '../../core/import/pdf/page-readability';

export type LoadPdfOptions = {
  /** Shown in messages. */
  fileName: string;
  password?: string;
  /** Worker threads to use (default: one per core for large files, else one). */
  workers?: number;
  /** A worker silent this long is stopped and the file reported as unreadable (default 30 s). */
  idleTimeoutMs?: number;
};

/** Files smaller than this are read by one worker: starting more costs more than it saves. */
const PARALLEL_FROM_BYTES = 256 * 1024;
const MAX_WORKERS = 4;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));

function workerSource(): string {
  return `import * as threads from 'node:worker_threads';\n(${runPdfWorker.toString()})(threads, (url) => import(url));\n`;
}

export function chooseWorkerCount(byteLength: number): number {
  if (byteLength < PARALLEL_FROM_BYTES) return 1;
  return Math.max(1, Math.min(MAX_WORKERS, os.availableParallelism()));
}

export async function loadPdfText(bytes: Uint8Array, options: LoadPdfOptions): Promise<PdfDocumentContent> {
  const workers = options.workers ?? chooseWorkerCount(bytes.length);
  const base: Omit<PdfWorkerData, 'worker'> = {
    nextPage: new Int32Array(new SharedArrayBuffer(4)),
    data: bytes,
    pdfjsUrl: pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.min.mjs')).href,
    pdfjsWorkerUrl: pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.worker.min.mjs')).href,
    standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}${path.sep}`,
    cMapUrl: `${path.join(pdfjsDir, 'cmaps')}${path.sep}`,
    drawingCheckBelow: MIN_TEXT_CHARACTERS,
  };
  if (options.password !== undefined) base.password = options.password;
  const source = new URL(`data:text/javascript,${encodeURIComponent(workerSource())}`);
  const threads = Array.from(
    { length: workers },
    (_, worker) => new Worker(source, { workerData: { ...base, worker } }),
  );
  try {
    return await collect(threads, options);
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

function collect(threads: Worker[], options: LoadPdfOptions): Promise<PdfDocumentContent> {
  const timeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    let document: Extract<PdfWorkerMessage, { type: 'document' }> | undefined;
    // Pages are normalised as they arrive (once the document's labels are known), while the threads read on.
    const waiting: Extract<PdfWorkerMessage, { type: 'page' }>[] = [];
    const pages: PdfPageContent[] = [];
    let running = threads.length;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const fail = (error: ImportError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          fail(
            describePdfFailure(options.fileName, {
              name: 'Timeout',
              message: `no progress for ${timeoutMs / 1000} s`,
            }),
          ),
        timeoutMs,
      );
    };
    const normalise = (page: Extract<PdfWorkerMessage, { type: 'page' }>, labels: string[] | null) => {
      const content = normalisePdfTextContent({
        index: page.index,
        label: labels?.[page.index] ?? null,
        viewport: page.viewport,
        items: unpackItems(page.items),
      });
      pages.push(page.drawing ? { ...content, drawing: page.drawing } : content);
    };
    const receive = (message: PdfWorkerMessage) => {
      if (message.type === 'document') {
        document = message;
        for (const page of waiting.splice(0)) normalise(page, message.labels);
      } else if (message.type === 'page') {
        if (document) normalise(message, document.labels);
        else waiting.push(message);
      }
    };
    const finish = () => {
      if (settled || running > 0) return;
      settled = true;
      clearTimeout(timer);
      if (!document)
        return reject(describePdfFailure(options.fileName, { name: 'Error', message: 'no document' }));
      pages.sort((a, b) => a.index - b.index);
      resolve({ pages, info: readPdfInfo(document.info) });
    };
    arm();
    for (const thread of threads) {
      thread.on('message', (message: PdfWorkerMessage) => {
        arm();
        if (message.type === 'document' || message.type === 'page') receive(message);
        else if (message.type === 'error') fail(describePdfFailure(options.fileName, message));
        else if (message.type === 'done') {
          running -= 1;
          finish();
        }
      });
      thread.on('error', (error) =>
        fail(describePdfFailure(options.fileName, { name: error.name, message: error.message })),
      );
      thread.on('exit', (code) => {
        if (code !== 0)
          fail(describePdfFailure(options.fileName, { name: 'Error', message: `worker stopped (${code})` }));
      });
    }
  });
}

function unpackItems(packed: PdfWorkerItems): PdfJsTextItem[] {
  return packed.strs.map((str, i) => {
    const n = packed.numbers.subarray(i * 8, i * 8 + 8);
    return {
      str,
      transform: [n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!],
      width: n[6]!,
      height: n[7]!,
      fontName: packed.fontNames[packed.fonts[i]!] ?? '',
      hasEOL: (packed.flags[i]! & 1) === 1,
    };
  });
}
