// Selecting a passage without a mouse: with the document text focused, N and P select the next and the
// previous sentence, Shift+N and Shift+P grow the selection by a sentence forwards or backwards, Enter adds
// a claim for it and Escape clears it. The selection is stored offsets in the store (navigation's
// keyboardRange), drawn like the passage of a claim being written, in every view (text, Markdown, PDF).
import { useCallback, type KeyboardEvent } from 'react';
import { extendBySentence, stepSentence } from '../../../core/text/sentence-steps';
import { useActions } from '../../store/use-app-store';
import type { StoredRange } from './chunk-offsets';

export function useKeyboardSelection(
  text: string,
  selection: StoredRange | null,
  onAddClaim: (range: StoredRange) => void,
) {
  const { selectKeyboardRange } = useActions().navigation;
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'p') {
        const direction = key === 'n' ? 'next' : 'previous';
        event.preventDefault();
        // A mouse selection is dropped, so the keyboard's takes over from where it was.
        window.getSelection()?.removeAllRanges();
        selectKeyboardRange(
          event.shiftKey
            ? extendBySentence(text, selection, direction)
            : stepSentence(text, selection, direction),
        );
      } else if (event.key === 'Enter' && selection) {
        event.preventDefault();
        onAddClaim(selection);
      } else if (event.key === 'Escape' && selection) {
        event.preventDefault();
        selectKeyboardRange(null);
      }
    },
    [text, selection, onAddClaim, selectKeyboardRange],
  );
}
