// "Colour": the palette's swatches, and a custom colour from the system picker. The custom colour is
// saved when the picker closes (its change event), not on every step of a drag.
import { useEffect, useId, useRef } from 'react';
import { TAG_PALETTE } from '../../storage/tag-palette';

type Props = { colour: string; onChange: (colour: string) => void };

export function ColourField({ colour, onChange }: Props) {
  const labelId = useId();
  const customRef = useRef<HTMLInputElement>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => {
    const input = customRef.current;
    if (!input) return;
    const commit = () => onChangeRef.current(input.value);
    input.addEventListener('change', commit);
    return () => input.removeEventListener('change', commit);
  }, []);
  useEffect(() => {
    if (customRef.current) customRef.current.value = colour;
  }, [colour]);

  return (
    <div className="codebook-row-field codebook-colour" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="codebook-field-label">
        Colour
      </span>
      <span className="swatches">
        {TAG_PALETTE.map((c) => (
          <button
            key={c}
            type="button"
            className="swatch"
            style={{ background: c }}
            aria-label={`Colour ${c}`}
            aria-pressed={c === colour}
            onClick={() => onChange(c)}
          />
        ))}
        <label className="swatch-custom">
          <span>Custom</span>
          <input ref={customRef} type="color" aria-label="Custom colour" defaultValue={colour} />
        </label>
      </span>
    </div>
  );
}
