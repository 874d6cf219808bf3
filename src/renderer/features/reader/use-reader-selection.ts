// Follows the browser selection and keeps the stored range selected in the reader, if any. A selection that
// collapses inside the reader clears it; focus moving to a button or the form keeps it, so "Add claim" can
// use it.
import { useEffect, useState, type RefObject } from 'react';
import type { StoredRange } from './chunk-offsets';
import { readSelectionRange } from './dom-selection';

/** Turns the selection inside the reader's root into stored offsets (the PDF view brings its own). */
export type ReadSelection = (root: Element, selection: Selection | null) => StoredRange | null;

export function useReaderSelection(
  rootRef: RefObject<HTMLElement | null>,
  resetKey: unknown,
  read: ReadSelection = readSelectionRange,
) {
  const [range, setRange] = useState<StoredRange | null>(null);
  useEffect(() => {
    setRange(null);
    const onChange = () => {
      const root = rootRef.current;
      if (!root) return;
      const selection = document.getSelection();
      const next = read(root, selection);
      if (next) {
        setRange((current) =>
          current && current.start === next.start && current.end === next.end ? current : next,
        );
        return;
      }
      if (!selection || selection.rangeCount === 0) {
        setRange(null);
        return;
      }
      const anchor = selection.anchorNode;
      const collapsedInside = selection.isCollapsed && anchor !== null && root.contains(anchor);
      const selectedElsewhere = !selection.isCollapsed;
      if (collapsedInside || selectedElsewhere) setRange(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [rootRef, resetKey, read]);
  return range;
}
