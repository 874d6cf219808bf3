// React hooks that re-run a storage query whenever the tables it read change, so every pane shows what is
// in the database. useLiveData says when it is still loading and when the query failed, so "loading" never
// looks like "empty library" and a failure is shown, not swallowed. Features do not import Dexie.
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

export type LiveData<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: string };

export function useStoreQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  return useLiveQuery(query, deps, initial);
}

export function useLiveData<T>(query: () => Promise<T>, deps: unknown[]): LiveData<T> {
  const [state, setState] = useState<LiveData<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (data) => setState({ status: 'ready', data }),
      error: (error: unknown) =>
        setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}

/**
 * Runs a query now and again whenever what it read changes, outside React: `next` is told each answer
 * (or undefined when the query failed). Returns the function that stops watching.
 */
export function watchQuery<T>(query: () => Promise<T>, next: (data: T | undefined) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next, error: () => next(undefined) });
  return () => subscription.unsubscribe();
}
