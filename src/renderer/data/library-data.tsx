// The library as the panes see it: live sources and tags, read once at the top and handed down through
// context, so every pane shows the same data and none of them loads it again. It says whether the data is
// still loading or could not be read. Claims are not here: a library holds a hundred thousand of them, so
// each pane asks storage for the claims it shows (storage/listed-claims), counts from the indexes. Nor are
// the sources' texts: a source's text is read only where it is used (data/use-source-text).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Tag } from '../../core/model/records';
import type { Store } from '../storage/database';
import { useLiveData } from '../storage/live-query';
import { listSources } from '../storage/sources';
import type { SourceEntry } from '../storage/source-texts';
import { listTags } from '../storage/tags';

export type LibraryData = {
  status: 'loading' | 'ready' | 'failed';
  error?: string;
  /** Each live source's entry, without its text (read where it is shown: data/use-source-text). */
  sources: SourceEntry[];
  tags: Tag[];
  sourcesById: Map<string, SourceEntry>;
  tagsById: Map<string, Tag>;
};

const LibraryContext = createContext<LibraryData | null>(null);

function combineStatus(...parts: { status: LibraryData['status'] }[]): LibraryData['status'] {
  if (parts.some((p) => p.status === 'failed')) return 'failed';
  return parts.every((p) => p.status === 'ready') ? 'ready' : 'loading';
}

export function LibraryDataProvider({ store, children }: { store: Store; children: ReactNode }) {
  const sources = useLiveData(() => listSources(store), [store]);
  const tags = useLiveData(() => listTags(store), [store]);
  const value = useMemo((): LibraryData => {
    const sourceList = sources.status === 'ready' ? sources.data : [];
    const tagList = tags.status === 'ready' ? tags.data : [];
    const failed = [sources, tags].find((d) => d.status === 'failed');
    return {
      status: combineStatus(sources, tags),
      ...(failed?.status === 'failed' ? { error: failed.error } : {}),
      sources: sourceList,
      tags: tagList,
      sourcesById: new Map(sourceList.map((s) => [s.id, s])),
      tagsById: new Map(tagList.map((t) => [t.id, t])),
    };
  }, [sources, tags]);
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibraryData(): LibraryData {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibraryData must be used inside LibraryDataProvider.');
  return value;
}
