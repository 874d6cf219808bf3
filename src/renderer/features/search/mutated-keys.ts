// Which records of a table a write touched, from the parts Dexie's `storagemutated` event names (its
// observability middleware, the same that wakes live queries; it reaches a worker from every window over
// a BroadcastChannel). A write of a few records names their ids; a large bulk write, a clear or a range
// delete names a range instead, and then only a full read can say what changed.
import { RangeSet, type ObservabilitySet } from 'dexie';

/** Per table, the ids written; `all` when a table's change is a range (or the whole database's). */
export type MutatedKeys = { all: boolean; keys: Map<string, Set<string>> };

/** What `parts` says about these tables of database `databaseName`; undefined when it touches none. */
export function mutatedKeys(
  parts: ObservabilitySet,
  databaseName: string,
  tables: readonly string[],
): MutatedKeys | undefined {
  // Dexie sends `all` when a page comes back from the back-forward cache: anything may have changed.
  if ('all' in parts) return { all: true, keys: new Map() };
  let touched: MutatedKeys | undefined;
  for (const table of tables) {
    const tree = parts[`idb://${databaseName}/${table}/`];
    if (!tree) continue;
    touched ??= { all: false, keys: new Map() };
    const keys = touched.keys.get(table) ?? new Set<string>();
    touched.keys.set(table, keys);
    for (const node of RangeSet(tree)) {
      if (node.from === node.to && typeof node.from === 'string') keys.add(node.from);
      else touched.all = true;
    }
  }
  return touched;
}
