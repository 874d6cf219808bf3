// Which rows of a virtual list to render and where each one goes. Rows start at an estimated height and
// are measured as they render (a ResizeObserver, so no forced layout); the offsets live in an OffsetTree,
// so a row measured at 100,000 rows costs a few steps, not a pass over the whole list. The list renders
// again only when the rows it should show change (or a row's height does), not on every scroll event.
// A row above the view that changes height moves the scroll position with it, so what is read stays put.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { OffsetTree } from './offset-tree';

type Options = {
  /** The items; a new array means new rows (sizes measured before are kept by key). */
  items: readonly unknown[];
  keyOf: (index: number) => string;
  estimateSize: number;
  gap: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** Where the list starts inside the scroll area. */
  scrollMargin: number;
  /** Rows rendered beyond each edge of the view. */
  overscan: number;
};

export type ListRow = { index: number; start: number };

/** How long a row scrolled to is kept in view while rows around it are measured. */
const SETTLE_MS = 1_000;

export type ListLayout = {
  /** The rows in and near view, by index. */
  window: readonly [first: number, last: number];
  /** Where a row starts (from the top of the list). */
  startOf: (index: number) => number;
  totalSize: number;
  /** The ref each rendered row's element takes (it must carry data-index). */
  measureRef: (element: HTMLElement | null) => void;
  /** Scrolls the least that brings the row wholly into view. */
  scrollToIndex: (index: number) => void;
};

export function useListLayout(options: Options): ListLayout {
  const { items, estimateSize, gap, scrollRef, scrollMargin, overscan } = options;
  const keyOf = useRef(options.keyOf);
  keyOf.current = options.keyOf;
  const margin = useRef(scrollMargin);
  margin.current = scrollMargin;
  const measured = useRef(new Map<string, number>());
  const [, setVersion] = useState(0);
  const rerender = useCallback(() => flushSync(() => setVersion((v) => v + 1)), []);

  const tree = useMemo(() => {
    const sizes = new Float64Array(items.length);
    for (let i = 0; i < items.length; i += 1)
      sizes[i] = (measured.current.get(keyOf.current(i)) ?? estimateSize) + gap;
    return new OffsetTree(sizes);
  }, [items, estimateSize, gap]);
  const current = useRef(tree);
  current.current = tree;

  // The scroll area's position and height, read on its events; until measured, a window's height.
  const view = useRef({ top: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight });
  const shown = useRef<readonly [number, number]>([0, -1]);
  const windowOf = useCallback(
    (rows: OffsetTree): readonly [number, number] => {
      if (rows.count === 0) return [0, -1];
      const top = view.current.top - margin.current;
      const first = rows.indexAt(Math.max(0, top));
      const last = rows.indexAt(top + view.current.height);
      return [Math.max(0, first - overscan), Math.min(rows.count - 1, last + overscan)];
    },
    [overscan],
  );

  // A row scrolled to is aligned again as rows measure for a moment after (its own record may arrive and
  // change its height), so it ends wholly in view.
  const pendingScroll = useRef<{ index: number; until: number } | null>(null);
  // Where this list last put the scroll position; any other scroll (by hand, by another list) ends the wait.
  const ownScroll = useRef(0);
  const align = useCallback(
    (index: number) => {
      const scroller = scrollRef.current;
      const rows = current.current;
      if (!scroller || index < 0 || index >= rows.count) return;
      const top = rows.start(index) + margin.current;
      const bottom = top + rows.size(index) - gap;
      const { scrollTop, clientHeight } = scroller;
      if (top < scrollTop) scroller.scrollTop = top;
      else if (bottom > scrollTop + clientHeight) scroller.scrollTop = Math.min(top, bottom - clientHeight);
      view.current.top = scroller.scrollTop;
      ownScroll.current = scroller.scrollTop;
    },
    [scrollRef, gap],
  );

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const onScroll = () => {
      view.current.top = scroller.scrollTop;
      if (Math.abs(scroller.scrollTop - ownScroll.current) > 1) pendingScroll.current = null;
      const [first, last] = windowOf(current.current);
      if (first !== shown.current[0] || last !== shown.current[1]) rerender();
    };
    const resize = new ResizeObserver(() => {
      view.current = { top: scroller.scrollTop, height: scroller.clientHeight };
      rerender();
    });
    // The researcher scrolling by hand ends the wait to keep a row scrolled to in view.
    const letGo = () => (pendingScroll.current = null);
    view.current = { top: scroller.scrollTop, height: scroller.clientHeight };
    resize.observe(scroller);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    scroller.addEventListener('wheel', letGo, { passive: true });
    scroller.addEventListener('pointerdown', letGo, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      scroller.removeEventListener('wheel', letGo);
      scroller.removeEventListener('pointerdown', letGo);
      resize.disconnect();
    };
  }, [scrollRef, windowOf, rerender]);

  const observer = useRef<ResizeObserver | null>(null);
  const observed = useRef(new Set<Element>());
  const onResize = useCallback(
    (entries: ResizeObserverEntry[]) => {
      const rows = current.current;
      const viewTop = view.current.top - margin.current;
      let changed = false;
      let above = 0;
      let first = Infinity;
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        const index = Number(element.dataset['index']);
        if (!element.isConnected || !(index >= 0 && index < rows.count)) continue;
        const height = entry.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
        measured.current.set(keyOf.current(index), height);
        const start = rows.start(index);
        const grown = rows.set(index, height + gap);
        if (grown === 0) continue;
        changed = true;
        first = Math.min(first, index);
        if (start < viewTop) above += grown;
      }
      if (!changed) return;
      const scroller = scrollRef.current;
      if (above !== 0 && scroller) {
        scroller.scrollTop += above;
        view.current.top = scroller.scrollTop;
        ownScroll.current = scroller.scrollTop;
      }
      // Only a row at or above the one scrolled to moves it.
      const wanted = pendingScroll.current;
      if (wanted && performance.now() > wanted.until) pendingScroll.current = null;
      else if (wanted && first <= wanted.index) align(wanted.index);
      rerender();
    },
    [gap, scrollRef, align, rerender],
  );

  const resized = useRef(onResize);
  resized.current = onResize;
  const measureRef = useCallback((element: HTMLElement | null) => {
    if (!element || observed.current.has(element)) return;
    observer.current ??= new ResizeObserver((entries) => resized.current(entries));
    observed.current.add(element);
    observer.current.observe(element);
  }, []);
  // After each commit, rows that left the list are no longer watched.
  useLayoutEffect(() => {
    for (const element of observed.current) {
      if (element.isConnected) continue;
      observer.current?.unobserve(element);
      observed.current.delete(element);
    }
  });
  useEffect(() => () => observer.current?.disconnect(), []);

  const scrollToIndex = useCallback(
    (index: number) => {
      pendingScroll.current = { index, until: performance.now() + SETTLE_MS };
      align(index);
    },
    [align],
  );

  const shownNow = windowOf(tree);
  shown.current = shownNow;
  const startOf = useCallback((index: number) => tree.start(index), [tree]);
  return {
    window: shownNow,
    startOf,
    totalSize: Math.max(0, tree.total - (tree.count > 0 ? gap : 0)),
    measureRef,
    scrollToIndex,
  };
}
