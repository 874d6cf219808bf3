// One conflict in the review dialog: which record it is, the current version and the one that lost side by
// side (who changed each, when, and only the fields that differ), and the two ways to resolve it.
import type { OpenConflict } from '../../storage/conflicts';
import type { VirtualItemProps } from '../../ui/VirtualList';
import { describeRecord, describeRecordType, listDifferences, type Lookup } from './conflict-view';

type Props = {
  conflict: OpenConflict;
  lookup: Lookup;
  busy: boolean;
  onKeepCurrent: () => void;
  onUseOther: () => void;
  /** Its place in the review's virtual list. */
  item: VirtualItemProps;
};

const showTime = (iso: string) => new Date(iso).toLocaleString();

function Version(props: { title: string; by: string | null; at: string; values: [string, string][] }) {
  return (
    <section className="conflict-version" aria-label={props.title}>
      <h4>{props.title}</h4>
      <p className="conflict-stamp">
        {props.by ?? 'Unknown researcher'}, {showTime(props.at)}
      </p>
      <dl>
        {props.values.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ConflictCard({ conflict, lookup, busy, onKeepCurrent, onUseOther, item }: Props) {
  const differences = listDifferences(conflict, lookup);
  const pick = (side: 'current' | 'other') => differences.map((d): [string, string] => [d.label, d[side]]);
  return (
    <li {...item} className="conflict-card">
      <h3>
        <span className="conflict-type">{describeRecordType(conflict)}</span>{' '}
        {describeRecord(conflict, lookup)}
      </h3>
      {differences.length === 0 && <p className="field-hint">The versions no longer differ.</p>}
      <div className="conflict-versions">
        <Version
          title="Current version"
          by={conflict.currentBy}
          at={conflict.current.updatedAt}
          values={pick('current')}
        />
        <Version
          title="Other version"
          by={conflict.lostBy}
          at={conflict.lost.updatedAt}
          values={pick('other')}
        />
      </div>
      <div className="conflict-actions">
        <button type="button" className="button" disabled={busy} onClick={onKeepCurrent}>
          Keep current
        </button>
        <button type="button" className="button" disabled={busy} onClick={onUseOther}>
          Use other version
        </button>
      </div>
    </li>
  );
}
