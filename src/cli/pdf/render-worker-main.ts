// The code of the CLI's page-rendering worker thread: it opens the PDF with pdf.js (legacy build) and,
// for each page the main thread asks for, draws it on a @napi-rs/canvas canvas (pdf.js's own Node canvas
// factory, the package pdfjs-dist names for Node) at the resolution OCR wants and posts the PNG back. One
// page at a time, on request, so at most a page or two of pixels are alive however long the PDF. Started
// from a string like pdf-worker-main.ts, so it refers to nothing outside itself.
//
// Node 20 lacks ArrayBuffer.prototype.transferToFixedLength, which pdf.js's worker half calls when it
// compiles fonts for drawing; it is put in for this thread (a copy, which is all pdf.js needs of it).

export type RenderWorkerData = {
  data: Uint8Array;
  password?: string;
  pdfjsUrl: string;
  pdfjsWorkerUrl: string;
  standardFontDataUrl: string;
  cMapUrl: string;
  /** Pixels per PDF point (300 dpi is 300 / 72). */
  scale: number;
  /** A page is drawn smaller when it would exceed this many pixels. */
  maxPixels: number;
};

export type RenderRequest = { type: 'render'; index: number } | { type: 'close' };

export type RenderMessage =
  | { type: 'ready' }
  | { type: 'image'; index: number; scale: number; png: Uint8Array }
  | { type: 'error'; name: string; message: string; page?: number };

type Threads = {
  parentPort: {
    postMessage(message: RenderMessage, transfer?: ArrayBufferLike[]): void;
    on(event: 'message', listener: (message: RenderRequest) => void): void;
  } | null;
  workerData: RenderWorkerData;
};

/* eslint-disable @typescript-eslint/no-explicit-any -- pdf.js is loaded at run time, untyped here. */
export async function runRenderWorker(threads: Threads, load: (url: string) => Promise<any>): Promise<void> {
  const port = threads.parentPort!;
  const options = threads.workerData;
  const promise = Promise as any;
  promise.withResolvers ??= () => {
    const resolvers: any = {};
    resolvers.promise = new Promise((resolve, reject) => Object.assign(resolvers, { resolve, reject }));
    return resolvers;
  };
  const buffers = ArrayBuffer.prototype as any;
  buffers.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
  const fail = (error: any, page?: number) =>
    port.postMessage({
      type: 'error',
      name: String(error?.name ?? 'Error'),
      message: String(error?.message ?? error),
      ...(page === undefined ? {} : { page }),
    });
  let task: any = null;
  try {
    const global = globalThis as any;
    global.pdfjsWorker = await load(options.pdfjsWorkerUrl);
    const pdfjs = await load(options.pdfjsUrl);
    task = pdfjs.getDocument({
      data: options.data,
      password: options.password,
      standardFontDataUrl: options.standardFontDataUrl,
      cMapUrl: options.cMapUrl,
      cMapPacked: true,
      useSystemFonts: false,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    port.on('message', (request: RenderRequest) => {
      if (request.type === 'close') {
        void task.destroy().finally(() => process.exit(0));
        return;
      }
      void (async () => {
        try {
          const page = await doc.getPage(request.index + 1);
          const base = page.getViewport({ scale: 1 });
          const fit = Math.sqrt(options.maxPixels / (base.width * base.height));
          const scale = Math.min(options.scale, fit);
          const viewport = page.getViewport({ scale });
          const { canvas, context } = doc.canvasFactory.create(
            Math.ceil(viewport.width),
            Math.ceil(viewport.height),
          );
          // OCR wants dark text on white: pages without a background would be transparent (black).
          context.fillStyle = '#ffffff';
          context.fillRect(0, 0, canvas.width, canvas.height);
          await page.render({ canvasContext: context, canvas, viewport, background: '#ffffff' }).promise;
          const png: Uint8Array = canvas.toBuffer('image/png');
          doc.canvasFactory.destroy({ canvas, context });
          page.cleanup();
          const copy = new Uint8Array(png);
          port.postMessage({ type: 'image', index: request.index, scale, png: copy }, [copy.buffer]);
        } catch (error) {
          fail(error, request.index);
        }
      })();
    });
    port.postMessage({ type: 'ready' });
  } catch (error) {
    fail(error);
    await task?.destroy().catch(() => undefined);
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
