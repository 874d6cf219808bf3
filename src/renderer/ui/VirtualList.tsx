// A list that renders only the items in and near view, for lists that may hold a hundred thousand entries
// (claims, sources, conflicts, search hits). It stays a real list for assistive technology: a <ul> whose
// items carry aria-setsize and aria-posinset, so a screen reader says "claim 5,001 of 100,000" although
// only a few dozen items exist in the DOM. The arrow keys, Home and End move focus from item to item,
// scrolling the next one into being; the focused item and the active (selected) one are always rendered,
// so focus is never lost to a scroll. Rows are placed by use-list-layout (see docs/ARCHITECTURE.md for why
// not a library's virtualizer).
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { mergeRange } from './merge-range';
import { useListLayout } from './use-list-layout';
import './virtual-list.css';

/** What an item's <li> must carry: spread these onto it. */
export type VirtualItemProps = {
  ref: (element: HTMLElement | null) => void;
  'data-index': number;
  'aria-setsize': number;
  'aria-posinset': number;
  style: CSSProperties;
};

type Props<T> = {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** A typical item's height in pixels; real heights are measured as items render. */
  estimateSize: number;
  /** Space between items (their margins do not count inside a virtual list). */
  gap?: number;
  /** The element that scrolls (the pane's scroll area). */
  scrollRef: RefObject<HTMLElement | null>;
  /** The selected item: kept rendered, and brought into view whenever it changes. */
  activeIndex?: number | undefined;
  className: string;
  label: string;
  renderItem: (item: T, props: VirtualItemProps) => ReactNode;
  /** Told which rows are in and near view (first..last) and which others are kept rendered. */
  onRowsShown?: (first: number, last: number, kept: readonly number[]) => void;
};

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

export function VirtualList<T>(props: Props<T>) {
  const {
    items,
    itemKey,
    estimateSize,
    gap = 0,
    scrollRef,
    activeIndex,
    className,
    label,
    renderItem,
    onRowsShown,
  } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const [focusWanted, setFocusWanted] = useState<{ index: number; inner: boolean } | null>(null);
  const keep = [activeIndex, focused].filter((i): i is number => i !== undefined && i !== null && i >= 0);
  const layout = useListLayout({
    items,
    keyOf: (index) => (items[index] === undefined ? String(index) : itemKey(items[index] as T)),
    estimateSize,
    gap,
    scrollRef,
    scrollMargin,
    overscan: 6,
  });
  const [first, last] = layout.window;
  const visible: number[] = [];
  for (let i = first; i <= last; i += 1) visible.push(i);
  const rows = mergeRange(visible, keep, items.length);
  const { scrollToIndex } = layout;
  const keptKey = keep.join(' ');
  useEffect(() => {
    onRowsShown?.(first, last, keptKey ? keptKey.split(' ').map(Number) : []);
  }, [onRowsShown, first, last, keptKey]);

  // Where the list starts inside the scroll area (a hint, a picker or other lists may sit above it):
  // measured when the items change, and again whenever something in the scroll area changes size (a list
  // above this one grows or shrinks), not on every scroll, since measuring forces a layout.
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = scrollRef.current;
    if (!list || !scroller) return;
    const measure = () => {
      const top =
        list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      setScrollMargin((margin) => (Math.abs(top - margin) > 0.5 ? top : margin));
    };
    measure();
    const resize = new ResizeObserver(measure);
    for (const child of scroller.children) resize.observe(child);
    return () => resize.disconnect();
  }, [items, scrollRef]);

  useEffect(() => {
    if (activeIndex !== undefined && activeIndex >= 0) scrollToIndex(activeIndex);
  }, [activeIndex, scrollToIndex]);

  // Focus moves once the item it goes to has been rendered: to the item itself, or to its first control
  // when that is what held focus (a source's button).
  useEffect(() => {
    if (focusWanted === null) return;
    const item = listRef.current?.querySelector<HTMLElement>(`:scope > [data-index="${focusWanted.index}"]`);
    if (!item) return;
    const target = focusWanted.inner ? item.querySelector<HTMLElement>(FOCUSABLE) : item;
    target?.focus({ preventScroll: true });
    setFocusWanted(null);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const move = MOVES[event.key];
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[data-index]');
    // A list that moves focus itself (the Suggestions review) has handled the key already.
    if (!move || event.defaultPrevented || !item || item.parentElement !== listRef.current) return;
    const inner = target !== item;
    if (inner && item.querySelector(FOCUSABLE) !== target) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const next = move(Number(item.dataset['index']), items.length - 1);
    setFocused(next);
    setFocusWanted({ index: next, inner });
    scrollToIndex(next);
  };

  const onFocus = (event: { target: EventTarget }) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (item?.parentElement === listRef.current) setFocused(Number(item.dataset['index']));
  };

  return (
    <ul
      ref={listRef}
      className={`${className} virtual-list`}
      aria-label={label}
      style={{ height: layout.totalSize }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {rows.map((index) => {
        const item = items[index];
        if (item === undefined) return null;
        return renderItem(item, {
          ref: layout.measureRef,
          'data-index': index,
          'aria-setsize': items.length,
          'aria-posinset': index + 1,
          style: { transform: `translateY(${layout.startOf(index)}px)` },
        });
      })}
    </ul>
  );
}
