// Formatted references and in-text forms kept per collision group (collision-groups.ts), so a second
// briefing, a preview then its export, or a change of style and back does not run citeproc again for
// the groups it has seen. The key is the style and the group's CSL-JSON itself (not a hash: no two
// groups can share a key), so editing a source's metadata changes its group's key by construction and
// a stale entry is never found. Bounded: the oldest groups are dropped past `limit`.
import type { CiteprocEntry } from './run-citeproc';

export type FormattedGroup = {
  /** The group's entries in the style's order, with their sort keys. */
  entries: CiteprocEntry[];
  /** In-text forms by request key (source, label, locator or placeholder). */
  inText: Map<string, string>;
};

export type CitationCache = {
  get(key: string): FormattedGroup | undefined;
  set(key: string, group: FormattedGroup): void;
};

/**
 * How many formatted groups are kept between sessions, by the app (IndexedDB) and `evidence brief` (a
 * cache file) alike: enough for the references of a library six times the size of a 10,000-source one
 * with room for its edits, at about half a kilobyte a group.
 */
export const KEPT_CITATION_GROUPS = 60_000;

export function createCitationCache(limit = 50_000): CitationCache {
  const groups = new Map<string, FormattedGroup>();
  return {
    get: (key) => groups.get(key),
    set: (key, group) => {
      groups.delete(key);
      groups.set(key, group);
      if (groups.size > limit) {
        const oldest = groups.keys().next();
        if (!oldest.done) groups.delete(oldest.value);
      }
    },
  };
}
