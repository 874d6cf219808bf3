// "Find in document" for the open source: whether the find bar is open, what is typed, the hits in the
// source's stored text (core's findInText) and which one is current. Ctrl+F (Cmd+F) opens the bar and
// focuses it while a source is open, instead of the browser's own find, which cannot see PDF pages
// drawn on canvases nor stored offsets. The state is the reader's view state, reset for each source.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findInText } from '../../../core/search/find-in-text';
import type { FoundHighlights } from './find-highlights';

export type FindInDocument = {
  open: boolean;
  needle: string;
  found: FoundHighlights | undefined;
  count: number;
  inputRef: React.RefObject<HTMLInputElement | null>;
  show: () => void;
  close: () => void;
  setNeedle: (needle: string) => void;
  step: (by: 1 | -1) => void;
};

export function useFindInDocument(sourceId: string | undefined, text: string): FindInDocument {
  const [open, setOpen] = useState(false);
  const [needle, setNeedle] = useState('');
  const [current, setCurrent] = useState(0);
  const inputRef = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    setOpen(false);
    setNeedle('');
    setCurrent(0);
  }, [sourceId]);

  const ranges = useMemo(() => (open ? findInText(text, needle) : []), [open, text, needle]);
  useEffect(() => setCurrent(0), [ranges]);

  const show = useCallback(() => {
    setOpen(true);
    // The bar is drawn on the next frame; focus (and select) what is typed in it then.
    requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const step = useCallback(
    (by: 1 | -1) => setCurrent((c) => (ranges.length === 0 ? 0 : (c + by + ranges.length) % ranges.length)),
    [ranges.length],
  );

  useEffect(() => {
    if (!sourceId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'f') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [sourceId, show]);

  const found = useMemo(
    () => (open && ranges.length > 0 ? { ranges, current } : undefined),
    [open, ranges, current],
  );
  return { open, needle, found, count: ranges.length, inputRef, show, close, setNeedle, step };
}
