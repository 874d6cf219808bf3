// A tag shown as a chip in its colour, optionally with a remove button.
import type { CSSProperties } from 'react';

type Props = { name: string; colour: string; onRemove?: () => void };

export function TagChip({ name, colour, onRemove }: Props) {
  return (
    <span className="chip" style={{ '--tag': colour } as CSSProperties}>
      <span className="chip-dot" aria-hidden="true" />
      <span className="chip-name">{name}</span>
      {onRemove && (
        <button type="button" className="chip-remove" aria-label={`Remove tag ${name}`} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
