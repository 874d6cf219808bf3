// Which source is open in the reader. UI state, not data: kept in localStorage so a reload reopens it.
import { useCallback, useState } from 'react';

const KEY = 'evidence-workbench.openSourceId';

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function useOpenSource(): [string | null, (id: string | null) => void] {
  const [id, setId] = useState<string | null>(readStored);
  const set = useCallback((next: string | null) => {
    setId(next);
    try {
      if (next) localStorage.setItem(KEY, next);
      else localStorage.removeItem(KEY);
    } catch {
      // Private modes may refuse storage; the app still works, it just forgets the open source.
    }
  }, []);
  return [id, set];
}
