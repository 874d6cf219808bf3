// Keeps the reader's drawing still while the researcher selects text in it. Redrawing a block (its
// highlights arriving from the anchoring worker, a claim saved in another window, a block scrolling near
// view during a drag) replaces the text nodes a selection's ends sit in, and the browser then drops or
// moves the selection. So while the mouse button is down in the text, or a selection in it is not yet
// collapsed, the reader draws the highlights it drew when the selection began, and during a drag the
// blocks it had cut into highlights too; the newest are drawn as soon as the selection ends ("Add claim"
// and "Attach here" clear it).
import { useEffect, useRef, useState, type RefObject } from 'react';

function selectionInside(root: HTMLElement): boolean {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
  const { anchorNode, focusNode } = selection;
  return (
    (anchorNode !== null && root.contains(anchorNode)) || (focusNode !== null && root.contains(focusNode))
  );
}

/**
 * Text in `rootRef` being selected (the button down in it), selected, or neither; `shownKey` names what the
 * root shows (the open source), so the watch starts again when the root is drawn anew.
 */
export type Selecting = 'dragging' | 'selected' | null;

export function useSelectingIn(rootRef: RefObject<HTMLElement | null>, shownKey?: unknown): Selecting {
  const [selecting, setSelecting] = useState<Selecting>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let pressed = false;
    const update = () => setSelecting(pressed ? 'dragging' : selectionInside(root) ? 'selected' : null);
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      pressed = true;
      update();
    };
    const onUp = () => {
      if (!pressed) return;
      pressed = false;
      update();
    };
    root.addEventListener('pointerdown', onDown);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    document.addEventListener('selectionchange', update);
    update();
    return () => {
      root.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      document.removeEventListener('selectionchange', update);
    };
  }, [rootRef, shownKey]);
  return selecting;
}

/** `value` as it was when `holding` began, for as long as it lasts; `value` itself otherwise. */
export function useHeldWhile<T>(value: T, holding: boolean): T {
  const held = useRef(value);
  if (!holding) held.current = value;
  return holding ? held.current : value;
}
