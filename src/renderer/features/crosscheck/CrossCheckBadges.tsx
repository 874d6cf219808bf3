// The small badges a claim card shows for the cross-checks its claim takes part in: "corroborated",
// "conflict", "part of a sum", "does not add up". Their words are their accessible text.
import { BADGE_WORDS, type CrossCheckBadge } from '../../../core/crosscheck/cross-check-badges';
import './crosscheck.css';

const TONE: Record<CrossCheckBadge, 'good' | 'bad'> = {
  corroborated: 'good',
  sum: 'good',
  conflict: 'bad',
  'sum-mismatch': 'bad',
};

const EXPLAINED: Record<CrossCheckBadge, string> = {
  corroborated: 'Another source states the same',
  conflict: 'Another claim contradicts this one',
  sum: 'Adds up with other figures of its source',
  'sum-mismatch': 'A total that its parts do not make',
};

export function CrossCheckBadges({ badges }: { badges: readonly CrossCheckBadge[] }) {
  if (badges.length === 0) return null;
  return (
    <div className="crosscheck-badges">
      {badges.map((b) => (
        <span key={b} className={`crosscheck-badge crosscheck-${TONE[b]}`} title={EXPLAINED[b]}>
          {BADGE_WORDS[b]}
        </span>
      ))}
    </div>
  );
}
