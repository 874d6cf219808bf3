// A result's snippet: its text with the searched words marked, and an ellipsis where it was cut.
import type { Snippet } from '../../../core/search/make-snippet';

export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.cutStart && '… '}
      {snippet.parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className="search-mark">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
      {snippet.cutEnd && ' …'}
    </>
  );
}
