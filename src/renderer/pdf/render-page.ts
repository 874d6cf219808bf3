// Draws one PDF page: its canvas at the screen's pixel density (so text is sharp, within a pixel budget so
// a huge page cannot exhaust memory) and pdf.js's text layer over it, one span per text item in the order
// of the page's text content, so span i is item i of the text core assembled the source from.
import type { TextLayer } from 'pdfjs-dist';
import { loadPdfjs, type PdfDocument, type PdfTextContent } from './open-pdf';
import { appendAll } from '../../core/lists/append-all';

/** Largest canvas drawn, in device pixels (about a 4K screen). */
const MAX_CANVAS_PIXELS = 8_388_608;

export type RenderedPage = {
  /** The text layer's span for each text item (index = item index); empty items have one not attached. */
  textDivs: HTMLElement[];
  cancel: () => void;
  done: Promise<void>;
};

export function renderPage(options: {
  doc: PdfDocument;
  index: number;
  scale: number;
  canvas: HTMLCanvasElement;
  textLayer: HTMLElement;
  content: PdfTextContent;
}): RenderedPage {
  const { doc, index, scale, canvas, textLayer, content } = options;
  let cancelled = false;
  let cancelDrawing: (() => void) | undefined;
  let layer: TextLayer | undefined;
  const textDivs: HTMLElement[] = [];

  const done = (async () => {
    const { TextLayer } = await loadPdfjs();
    const page = await doc.getPage(index + 1);
    if (cancelled) return;
    const viewport = page.getViewport({ scale });
    const wanted = Math.max(1, window.devicePixelRatio || 1);
    const density = Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
    const drawn = page.getViewport({ scale: scale * density });
    canvas.width = Math.floor(drawn.width);
    canvas.height = Math.floor(drawn.height);
    const task = page.render({ canvas, viewport: drawn });
    cancelDrawing = () => task.cancel();

    textLayer.replaceChildren();
    layer = new TextLayer({ textContentSource: content, container: textLayer, viewport });
    await Promise.all([task.promise, layer.render()]);
    appendAll(textDivs, layer.textDivs as HTMLElement[]);
  })().catch((error: unknown) => {
    const name = error instanceof Error ? error.name : '';
    if (cancelled || name === 'RenderingCancelledException' || name === 'AbortException') return;
    throw error;
  });

  return {
    textDivs,
    done,
    cancel: () => {
      cancelled = true;
      cancelDrawing?.();
      layer?.cancel();
    },
  };
}
