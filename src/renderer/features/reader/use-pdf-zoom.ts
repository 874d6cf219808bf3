// The PDF reader's zoom: "fit width" (the widest page fills the Document pane, following it as it resizes)
// or a fixed scale chosen with "Zoom in" / "Zoom out". A change of zoom keeps the reader on the same place:
// the page at the top of the pane, and how far down it the pane was, are noted before the pages change
// size and scrolled back to after (in a layout effect, before the browser paints).
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { PdfViewPage } from '../../pdf/open-pdf-view';
import { MAX_ZOOM, MIN_ZOOM, zoomIn, zoomOut } from './pdf-zoom';
import { maxOf } from '../../../core/lists/append-all';

/** Largest zoom when fitting a small page to a wide pane. */
const MAX_FIT_SCALE = 2.5;
/** Room left beside the page inside the pane (its scrollbar and a margin). */
const SIDE_ROOM = 8;

type Anchor = { page: number; fraction: number };

export function scrollerOf(element: Element | null): HTMLElement | null {
  return element?.closest<HTMLElement>('.reader-scroll') ?? null;
}

/** The page at the top of the pane and how far down it the pane's top is (0 to 1). */
function readAnchor(root: HTMLElement): Anchor | null {
  const scroller = scrollerOf(root);
  if (!scroller) return null;
  const top = scroller.getBoundingClientRect().top;
  for (const frame of root.querySelectorAll<HTMLElement>('[data-page-index]')) {
    const box = frame.getBoundingClientRect();
    if (box.bottom <= top) continue;
    return { page: Number(frame.dataset['pageIndex']), fraction: Math.max(0, (top - box.top) / box.height) };
  }
  return null;
}

function restoreAnchor(root: HTMLElement, anchor: Anchor): void {
  const scroller = scrollerOf(root);
  const frame = root.querySelector<HTMLElement>(`[data-page-index="${anchor.page}"]`);
  if (!scroller || !frame) return;
  const box = frame.getBoundingClientRect();
  scroller.scrollTop += box.top + anchor.fraction * box.height - scroller.getBoundingClientRect().top;
}

/** The zoom that fits the widest page to the pane's width, following the pane as it resizes. */
function useFitWidthScale(ref: RefObject<HTMLElement | null>, pages: readonly PdfViewPage[]): number {
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const scroller = scrollerOf(ref.current);
    if (!scroller) return;
    const widest = Math.max(maxOf(pages.map((p) => p.width)), 1);
    const measure = () => {
      const style = getComputedStyle(scroller);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const width = scroller.clientWidth - padding - SIDE_ROOM;
      // Rounded so a one-pixel wobble of the pane does not redraw every page.
      const next = Math.min(MAX_FIT_SCALE, Math.max(MIN_ZOOM, Math.floor((width / widest) * 100) / 100));
      setScale((current) => (current === next ? current : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [ref, pages]);
  return scale;
}

export function usePdfZoom(rootRef: RefObject<HTMLElement | null>, pages: readonly PdfViewPage[]) {
  const fitScale = useFitWidthScale(rootRef, pages);
  const [chosen, setChosen] = useState<number | null>(null);
  const scale = chosen ?? fitScale;
  const anchor = useRef<Anchor | null>(null);

  const change = useCallback(
    (next: number | null) => {
      if (rootRef.current) anchor.current = readAnchor(rootRef.current);
      setChosen(next === null ? null : Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, next)));
    },
    [rootRef],
  );

  useLayoutEffect(() => {
    const root = rootRef.current;
    const kept = anchor.current;
    anchor.current = null;
    if (root && kept) restoreAnchor(root, kept);
  }, [scale, rootRef]);

  return {
    scale,
    fitted: chosen === null,
    zoomIn: () => change(zoomIn(scale)),
    zoomOut: () => change(zoomOut(scale)),
    fitWidth: () => change(null),
  };
}
