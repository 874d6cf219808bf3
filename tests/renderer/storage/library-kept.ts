// What every upgrade test asks of a database opened by today's app: each record of the library an older
// app wrote is read back exactly as it was, table by table, whatever order the tables return it in.
import { expect } from 'vitest';
import type { Library } from '../../../src/core/model/records';

export const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** Fails naming the first table whose records differ from those written. */
export function expectLibraryKept(read: Library, written: Library): void {
  for (const table of ['researchers', 'tags', 'sources', 'claims', 'briefings'] as const) {
    const now: readonly { id: string }[] = read[table] ?? [];
    const then: readonly { id: string }[] = written[table] ?? [];
    expect(byId(now), table).toEqual(byId(then));
  }
}
