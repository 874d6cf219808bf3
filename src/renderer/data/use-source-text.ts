// One source's text, read where it is used (the open source in the reader, the passage a link asks for,
// a new claim's statement) and nowhere else: the library data holds the sources' entries only, since
// 10,000 texts are some 50 MB. A live query, so a newer text merged in by sync or an import shows at once.
import { useMemo } from 'react';
import type { Source } from '../../core/model/records';
import { useWorkbench } from '../services/workbench-context';
import { useLiveData, type LiveData } from '../storage/live-query';
import { getSourceText, joinSource, type SourceEntry, type SourceText } from '../storage/source-texts';

type Read = { id: string | null; text: SourceText | undefined };

/** The source's stored text: loading until the text of this very id has been read; undefined if none. */
export function useSourceText(id: string | null): LiveData<SourceText | undefined> {
  const { store } = useWorkbench();
  const read = useLiveData(
    async (): Promise<Read> => ({ id, text: id === null ? undefined : await getSourceText(store, id) }),
    [store, id],
  );
  if (read.status !== 'ready') return read;
  // Until the query for a newly asked id answers, the last answer is another source's.
  if (read.data.id !== id) return { status: 'loading' };
  return { status: 'ready', data: read.data.text };
}

/** The source whole (its entry with its text), or undefined while its text is being read. */
export function useWholeSource(entry: SourceEntry | undefined): Source | undefined {
  const read = useSourceText(entry?.id ?? null);
  const text = read.status === 'ready' ? read.data : undefined;
  return useMemo(() => (entry && text ? joinSource(entry, text) : undefined), [entry, text]);
}
