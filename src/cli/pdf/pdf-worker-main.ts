// The code each PDF worker thread runs: it opens the document with pdf.js (legacy build, which Node
// needs) and reads the text content of pages until none is left, posting each page as plain data. The
// threads take pages from one shared counter, so a thread slowed by heavier pages (or by the machine)
// leaves the rest to the others instead of holding up the whole file. It is started from a string (see
// load-pdf.ts), so it must not refer to anything outside itself: the thread module and an `import()` function are passed in.
//
// Importing pdf.js's legacy build installs core-js polyfills over built-ins Node 20 already has, among
// them a much slower Array.prototype.push; the worker puts the native ones back, which is safe because
// pdf.js only needs what Node 20 provides natively. Keeping pdf.js in workers also keeps the polyfills
// out of the main thread.

export type PdfWorkerData = {
  data: Uint8Array;
  password?: string;
  pdfjsUrl: string;
  pdfjsWorkerUrl: string;
  standardFontDataUrl: string;
  cMapUrl: string;
  worker: number;
  /** Int32Array over a SharedArrayBuffer: [0] is the next page (0-based) any thread may take. */
  nextPage: Int32Array;
  /** Pages with fewer visible characters than this get their painting operations counted. */
  drawingCheckBelow: number;
};

/**
 * A page's text items in columns, which cost far less to pass between threads than one object per item:
 * `numbers` holds 8 values per item (the 6 of its transform, then width and height), `flags` 1 per item
 * (bit 0: hasEOL), and `fonts` indexes `fontNames`.
 */
export type PdfWorkerItems = {
  strs: string[];
  numbers: Float64Array;
  flags: Uint8Array;
  fonts: Uint16Array;
  fontNames: string[];
};

export type PdfWorkerMessage =
  | {
      type: 'document';
      pageCount: number;
      labels: string[] | null;
      info: Record<string, unknown>;
    }
  | {
      type: 'page';
      index: number;
      viewport: { width: number; height: number; transform: number[] };
      items: PdfWorkerItems;
      drawing?: { images: number; paths: number };
    }
  | { type: 'done' }
  | { type: 'error'; name: string; message: string; code?: number; page?: number };

type Threads = {
  parentPort: { postMessage(message: PdfWorkerMessage, transfer?: ArrayBufferLike[]): void } | null;
  workerData: PdfWorkerData;
};

/* eslint-disable @typescript-eslint/no-explicit-any -- pdf.js is loaded at run time, untyped here. */
export async function runPdfWorker(threads: Threads, load: (url: string) => Promise<any>): Promise<void> {
  const port = threads.parentPort!;
  const options = threads.workerData;
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  let task: any = null;
  const promise = Promise as any;
  // Node 20 lacks Promise.withResolvers, which pdf.js needs (each thread has its own built-ins).
  promise.withResolvers ??= () => {
    const resolvers: any = {};
    resolvers.promise = new Promise((resolve, reject) => Object.assign(resolvers, { resolve, reject }));
    return resolvers;
  };
  // Node 20 lacks this too; pdf.js's worker half calls it when an operator list compiles fonts.
  const buffers = ArrayBuffer.prototype as any;
  buffers.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
  try {
    // pdf.js's worker half is loaded first (and handed to pdf.js as globalThis.pdfjsWorker, so its fake
    // worker runs in this thread), so that the native built-ins go back after both halves' polyfills.
    const global = globalThis as any;
    global.pdfjsWorker = await load(options.pdfjsWorkerUrl);
    const pdfjs = await load(options.pdfjsUrl);
    Object.defineProperty(Array.prototype, 'push', {
      value: natives.push,
      writable: true,
      configurable: true,
    });
    Object.assign(JSON, { parse: natives.parse, stringify: natives.stringify });
    task = pdfjs.getDocument({
      data: options.data,
      password: options.password,
      standardFontDataUrl: options.standardFontDataUrl,
      cMapUrl: options.cMapUrl,
      cMapPacked: true,
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    if (options.worker === 0) {
      const [labels, metadata] = await Promise.all([
        doc.getPageLabels().catch(() => null),
        doc.getMetadata().catch(() => ({ info: {} })),
      ]);
      const info: Record<string, unknown> = {};
      for (const key of ['Title', 'Author', 'Subject', 'CreationDate']) {
        const value = metadata?.info?.[key];
        if (typeof value === 'string') info[key] = value;
      }
      port.postMessage({ type: 'document', pageCount: doc.numPages, labels, info });
    }
    const ops = pdfjs.OPS;
    const imageOps = new Set(
      [
        ops.paintImageXObject,
        ops.paintInlineImageXObject,
        ops.paintImageMaskXObject,
        ops.paintImageXObjectRepeat,
        ops.paintImageMaskXObjectRepeat,
        ops.paintSolidColorImageMask,
        ops.paintInlineImageXObjectGroup,
        ops.paintImageMaskXObjectGroup,
      ].filter((op) => op !== undefined),
    );
    // A page with next to no text is a scan when it paints an image (or many shapes): only such pages pay
    // for an operator list, so a born-digital PDF is read as fast as before.
    const countDrawing = async (page: any) => {
      const list = await page.getOperatorList();
      let images = 0;
      let paths = 0;
      for (const fn of list.fnArray) {
        if (imageOps.has(fn)) images += 1;
        else if (fn === ops.constructPath) paths += 1;
      }
      return { images, paths };
    };
    for (
      let index = Atomics.add(options.nextPage, 0, 1);
      index < doc.numPages;
      index = Atomics.add(options.nextPage, 0, 1)
    ) {
      let page: any;
      let content: any;
      let drawing: { images: number; paths: number } | undefined;
      try {
        page = await doc.getPage(index + 1);
        content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
        let visible = 0;
        for (const item of content.items) visible += String(item.str ?? '').replace(/\s+/g, '').length;
        if (visible < options.drawingCheckBelow) drawing = await countDrawing(page);
      } catch (error: any) {
        port.postMessage({
          type: 'error',
          name: String(error?.name ?? 'Error'),
          message: String(error?.message ?? error),
          page: index,
        });
        return;
      }
      const viewport = page.getViewport({ scale: 1 });
      const texts = content.items.filter((item: any) => typeof item.str === 'string');
      const items: PdfWorkerItems = {
        strs: [],
        numbers: new Float64Array(texts.length * 8),
        flags: new Uint8Array(texts.length),
        fonts: new Uint16Array(texts.length),
        fontNames: [],
      };
      const fontIndex = new Map<string, number>();
      texts.forEach((item: any, i: number) => {
        items.strs.push(item.str);
        items.numbers.set(item.transform.slice(0, 6), i * 8);
        items.numbers[i * 8 + 6] = item.width;
        items.numbers[i * 8 + 7] = item.height;
        items.flags[i] = item.hasEOL ? 1 : 0;
        let font = fontIndex.get(item.fontName);
        if (font === undefined) {
          font = items.fontNames.length;
          fontIndex.set(item.fontName, font);
          items.fontNames.push(String(item.fontName ?? ''));
        }
        items.fonts[i] = font;
      });
      port.postMessage(
        {
          type: 'page',
          index,
          viewport: { width: viewport.width, height: viewport.height, transform: viewport.transform },
          items,
          ...(drawing ? { drawing } : {}),
        },
        [items.numbers.buffer, items.flags.buffer, items.fonts.buffer],
      );
      page.cleanup();
    }
    port.postMessage({ type: 'done' });
  } catch (error: any) {
    const code = typeof error?.code === 'number' ? error.code : undefined;
    port.postMessage({
      type: 'error',
      name: String(error?.name ?? 'Error'),
      message: String(error?.message ?? error),
      code,
    });
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
