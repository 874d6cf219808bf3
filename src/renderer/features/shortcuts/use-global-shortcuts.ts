// The shortcuts that work anywhere in the window: "?" shows the Keyboard shortcuts dialog and Ctrl+Z (Cmd+Z)
// undoes the last delete, edit or removal. Neither fires while the researcher types in a field, where the
// keys mean what they always mean (Ctrl+Z undoes typing), nor while a dialog is open.
import { useEffect } from 'react';
import { useActions, useAppStore } from '../../store/use-app-store';
import { useUndo } from '../undo/use-undo';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useGlobalShortcuts(): void {
  const appStore = useAppStore();
  const { openDialog } = useActions().dialogs;
  const { undoLast } = useUndo();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (appStore.getState().dialogs.open !== null || document.querySelector('dialog[open]')) return;
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        openDialog('shortcuts');
      } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undoLast();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [appStore, openDialog, undoLast]);
}
