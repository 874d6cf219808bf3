// The reader's find bar: "Find in document" input, the count ("3 of 12"), Previous and Next (also Enter
// and Shift+Enter), and Close (also Escape, which returns focus to the text).
import { MAX_FIND_HITS } from '../../../core/search/find-in-text';
import type { FindInDocument } from './use-find-in-document';

export function FindBar({ find, onClosed }: { find: FindInDocument; onClosed: () => void }) {
  if (!find.open) return null;
  const { needle, count, found } = find;
  const more = count >= MAX_FIND_HITS ? '+' : '';
  const label = !needle.trim()
    ? ''
    : count === 0
      ? 'No matches'
      : `${((found?.current ?? 0) + 1).toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')}${more}`;
  const close = () => {
    find.close();
    onClosed();
  };
  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <input
        ref={find.inputRef}
        type="text"
        aria-label="Find in document"
        placeholder="Find in document"
        value={needle}
        onChange={(e) => find.setNeedle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find.step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" role="status" aria-label="Matches">
        {label}
      </span>
      <button type="button" className="button" onClick={() => find.step(-1)} disabled={count === 0}>
        Previous
      </button>
      <button type="button" className="button" onClick={() => find.step(1)} disabled={count === 0}>
        Next
      </button>
      <button type="button" className="button-quiet" onClick={close}>
        Close
      </button>
    </div>
  );
}
