// The small label naming a claim's kind (Figure, Date, Stance, Quote).
import type { ClaimKind } from '../../core/model/records';

export const KIND_LABELS: Record<ClaimKind, string> = {
  figure: 'Figure',
  date: 'Date',
  stance: 'Stance',
  quote: 'Quote',
};

export function KindBadge({ kind }: { kind: ClaimKind }) {
  return <span className={`kind-badge kind-${kind}`}>{KIND_LABELS[kind]}</span>;
}
