// The total order merge uses to pick between two versions of one record: later updatedAt, then the greater
// updatedBy, then the greater hash of the canonical record, then the canonical text itself. Because it is a
// total order on distinct records, "keep the greatest" is commutative, associative and idempotent, so every
// replica that has seen the same versions keeps the same one.
import type { Versioned } from '../model/records';
import { byCodeUnit, canonicalJson } from './canonical-json';
import { hashString } from './hash-string';
import { isSameJson } from './same-json';

/** Milliseconds since the epoch; an unreadable time sorts before every real one. */
function timeOf(record: Versioned): number {
  const ms = Date.parse(record.updatedAt);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/** Positive when `a` is the newer version, negative when `b` is, 0 only when they are the same record. */
export function compareVersions(a: Versioned, b: Versioned): number {
  const byTime = timeOf(a) - timeOf(b);
  if (byTime !== 0) return byTime;
  const byAuthor = byCodeUnit(a.updatedBy, b.updatedBy);
  if (byAuthor !== 0) return byAuthor;
  // The same record read from two files (the common case in a merge) is the same JSON value, found by
  // walking both; the canonical texts are made only when the values differ.
  if (isSameJson(a, b)) return 0;
  const textA = canonicalJson(a);
  const textB = canonicalJson(b);
  if (textA === textB) return 0;
  return byCodeUnit(hashString(textA), hashString(textB)) || byCodeUnit(textA, textB);
}

/** The newer of two versions of one record (either, when they are the same). */
export function pickNewer<T extends Versioned>(a: T, b: T): T {
  return compareVersions(a, b) >= 0 ? a : b;
}
