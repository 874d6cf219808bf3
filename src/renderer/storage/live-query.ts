// A React hook that re-runs a storage query whenever the tables it read change, so every pane shows what is
// in the database. It wraps dexie-react-hooks so features do not import Dexie.
import { useLiveQuery } from 'dexie-react-hooks';

export function useStoreQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  return useLiveQuery(query, deps, initial);
}
