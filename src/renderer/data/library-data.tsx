// The library as the panes see it: live sources, claims and tags, read once at the top and handed down
// through context, so every pane shows the same data and none of them loads it again. It says whether the
// data is still loading or could not be read.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Claim, Source, Tag } from '../../core/model/records';
import { listClaims } from '../storage/claims';
import type { Store } from '../storage/database';
import { useLiveData } from '../storage/live-query';
import { listSources } from '../storage/sources';
import { listTags } from '../storage/tags';

export type LibraryData = {
  status: 'loading' | 'ready' | 'failed';
  error?: string;
  sources: Source[];
  /** Every live claim record, suggestions and rejected ones included. */
  claims: Claim[];
  tags: Tag[];
  sourcesById: Map<string, Source>;
  tagsById: Map<string, Tag>;
};

const LibraryContext = createContext<LibraryData | null>(null);

function combineStatus(...parts: { status: LibraryData['status'] }[]): LibraryData['status'] {
  if (parts.some((p) => p.status === 'failed')) return 'failed';
  return parts.every((p) => p.status === 'ready') ? 'ready' : 'loading';
}

export function LibraryDataProvider({ store, children }: { store: Store; children: ReactNode }) {
  const sources = useLiveData(() => listSources(store), [store]);
  const claims = useLiveData(() => listClaims(store), [store]);
  const tags = useLiveData(() => listTags(store), [store]);
  const value = useMemo((): LibraryData => {
    const dataOf = <T,>(d: typeof sources | typeof claims | typeof tags, empty: T): T =>
      d.status === 'ready' ? (d.data as T) : empty;
    const sourceList = dataOf<Source[]>(sources, []);
    const tagList = dataOf<Tag[]>(tags, []);
    const failed = [sources, claims, tags].find((d) => d.status === 'failed');
    return {
      status: combineStatus(sources, claims, tags),
      ...(failed?.status === 'failed' ? { error: failed.error } : {}),
      sources: sourceList,
      claims: dataOf<Claim[]>(claims, []),
      tags: tagList,
      sourcesById: new Map(sourceList.map((s) => [s.id, s])),
      tagsById: new Map(tagList.map((t) => [t.id, t])),
    };
  }, [sources, claims, tags]);
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibraryData(): LibraryData {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibraryData must be used inside LibraryDataProvider.');
  return value;
}
