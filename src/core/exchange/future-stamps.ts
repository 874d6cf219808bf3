// A record stamped in the future would win every merge until that time comes, and a bundle could use it to
// overwrite or tombstone a colleague's work without a trace. Clocks drift, so up to a day ahead is
// allowed; anything later is refused at import, naming the record.
import type { Library } from '../model/records';

export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const TABLES = ['researchers', 'tags', 'sources', 'claims', 'briefings'] as const;

/** The first record stamped more than a day after `now`, described for the user; null when none is. */
export function findFutureStamp(library: Library, now: string): string | null {
  const limit = Date.parse(now) + FUTURE_TOLERANCE_MS;
  for (const table of TABLES) {
    for (const record of library[table]) {
      const stamps: [string, string | undefined][] = [
        ['updatedAt', record.updatedAt],
        ['createdAt', (record as { createdAt?: string }).createdAt],
      ];
      for (const [field, stamp] of stamps) {
        if (stamp !== undefined && Date.parse(stamp) > limit) {
          return `${table.slice(0, -1)} ${record.id} is stamped ${stamp} (${field}), more than a day ahead of this computer's clock (${now}); a bundle from the future is refused.`;
        }
      }
    }
  }
  return null;
}
