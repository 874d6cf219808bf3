// Formatted references kept between briefings, across reloads: each collision group's citeproc output
// (core/briefing/csl/citation-cache.ts) stored under its cache key, the style and the group's CSL-JSON,
// so an edit to a source's metadata gives its group a new key and a stale entry is never read. A local
// cache only: not part of a bundle, a sync or an export, and safe to lose. Bounded: past `limit`
// entries the ones stored longest ago are dropped.
import { KEPT_CITATION_GROUPS, type FormattedGroup } from '../../core/briefing/csl/citation-cache';
import type { CiteprocEntry } from '../../core/briefing/csl/run-citeproc';
import type { Store } from './database';

export type StoredCitationGroup = {
  key: string;
  storedAt: string;
  entries: CiteprocEntry[];
  inText: [string, string][];
};

/** The stored groups among `keys`, by key. */
export async function readCitationGroups(
  store: Store,
  keys: readonly string[],
): Promise<Map<string, FormattedGroup>> {
  const found = await store.db.citationGroups.bulkGet([...keys]);
  const groups = new Map<string, FormattedGroup>();
  for (const row of found)
    if (row) groups.set(row.key, { entries: row.entries, inText: new Map(row.inText) });
  return groups;
}

export async function keepCitationGroups(
  store: Store,
  groups: ReadonlyMap<string, FormattedGroup>,
  storedAt: string,
  limit = KEPT_CITATION_GROUPS,
): Promise<void> {
  if (groups.size === 0) return;
  const rows: StoredCitationGroup[] = [];
  for (const [key, group] of groups)
    rows.push({ key, storedAt, entries: group.entries, inText: [...group.inText] });
  const { citationGroups } = store.db;
  await store.db.transaction('rw', citationGroups, async () => {
    await citationGroups.bulkPut(rows);
    const over = (await citationGroups.count()) - limit;
    if (over > 0)
      await citationGroups.bulkDelete(await citationGroups.orderBy('storedAt').limit(over).primaryKeys());
  });
}
