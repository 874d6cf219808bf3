// Which sources a newer version has replaced: a source is superseded while a live source names it in
// `supersedes`. It stays in the library, readable, with its claims moved to the newer one.
import type { Source } from '../model/records';

type Versioned = Pick<Source, 'id' | 'supersedes' | 'deleted'>;

/** For each superseded source id, the live source that supersedes it. */
export function findSupersedingSources<S extends Versioned>(sources: Iterable<S>): Map<string, S> {
  const newer = new Map<string, S>();
  for (const source of sources)
    if (!source.deleted && source.supersedes) newer.set(source.supersedes, source);
  return newer;
}
