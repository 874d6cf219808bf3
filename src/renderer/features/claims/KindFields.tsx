// The fields particular to a claim's kind: a figure's value and unit (and, when the source has other
// figures, which of them it is the total of), a date's start and end, a stance's actor, position and topic.
// Quotes have none.
import {
  DATE_PRECISIONS as PRECISIONS,
  FIGURE_UNITS,
  STANCE_LABELS as STANCES,
  STANCE_WORDS,
  UNIT_LABELS,
} from '../../../core/model/claim-labels';
import type { FigureUnit, StanceLabel } from '../../../core/model/records';
import type { ClaimFormState } from './claim-form-state';
import type { TotalChoice } from './total-choices';

type Props = {
  form: ClaimFormState;
  onChange: (patch: Partial<ClaimFormState>) => void;
  totalChoices: TotalChoice[];
};

const UNITS = FIGURE_UNITS.map((value) => ({ value, label: UNIT_LABELS[value] }));

function TotalOfField({ form, onChange, totalChoices }: Props) {
  if (totalChoices.length === 0) return null;
  const toggle = (id: string, on: boolean) =>
    onChange({ totalOf: on ? [...form.totalOf, id] : form.totalOf.filter((t) => t !== id) });
  return (
    <fieldset className="total-of">
      <legend>Total of</legend>
      {totalChoices.map((choice) => (
        <label key={choice.id} className="field-check">
          <input
            type="checkbox"
            checked={form.totalOf.includes(choice.id)}
            onChange={(e) => toggle(choice.id, e.target.checked)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

export function KindFields(props: Props) {
  const { form, onChange } = props;
  if (form.kind === 'figure') {
    return (
      <>
        <div className="field-row">
          <label className="field">
            Value
            <input
              inputMode="decimal"
              value={form.value}
              onChange={(e) => onChange({ value: e.target.value })}
            />
          </label>
          <label className="field">
            Unit
            <select value={form.unit} onChange={(e) => onChange({ unit: e.target.value as FigureUnit | '' })}>
              <option value="">—</option>
              {UNITS.map((u) => (
                <option key={u.value} value={u.value}>
                  {u.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field-check">
            <input
              type="checkbox"
              checked={form.approximate}
              onChange={(e) => onChange({ approximate: e.target.checked })}
            />
            Approximate
          </label>
        </div>
        <TotalOfField {...props} />
      </>
    );
  }
  if (form.kind === 'date') {
    return (
      <div className="field-row">
        <label className="field">
          Start date
          <input
            type="date"
            value={form.startDate}
            onChange={(e) => onChange({ startDate: e.target.value })}
          />
        </label>
        <label className="field">
          End date
          <input type="date" value={form.endDate} onChange={(e) => onChange({ endDate: e.target.value })} />
        </label>
        <label className="field">
          Precision
          <select
            value={form.precision}
            onChange={(e) => onChange({ precision: e.target.value as ClaimFormState['precision'] })}
          >
            <option value="">—</option>
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
    );
  }
  if (form.kind === 'stance') {
    return (
      <div className="field-stack">
        <label className="field">
          Actor
          <input value={form.actor} onChange={(e) => onChange({ actor: e.target.value })} />
        </label>
        <label className="field">
          Position
          <select
            value={form.stance}
            onChange={(e) => onChange({ stance: e.target.value as StanceLabel | '' })}
          >
            <option value="">—</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Topic
          <input value={form.topic} onChange={(e) => onChange({ topic: e.target.value })} />
        </label>
      </div>
    );
  }
  return null;
}
