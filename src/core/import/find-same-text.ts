// Whether an imported document is already in the library: the same file (same bytes, so the same source
// id) or the same text arriving in another file or encoding (a UTF-16 or Windows-1252 copy of a UTF-8
// file, a re-saved PDF): same textHash, different id. Either way the import adds nothing and says which
// source it matches; the app and the CLI both decide with this one function. Deleted sources do not count:
// importing their file again restores them.
import type { Source } from '../model/records';

type Known = Pick<Source, 'id' | 'textHash' | 'title' | 'deleted'>;

export type SameTextCheck =
  { kind: 'new' } | { kind: 'same-file'; existing: Known } | { kind: 'same-text'; existing: Known };

export function findSameText(
  candidate: Pick<Source, 'id' | 'textHash'>,
  library: Iterable<Known>,
): SameTextCheck {
  let sameText: Known | undefined;
  for (const known of library) {
    if (known.deleted) continue;
    if (known.id === candidate.id) return { kind: 'same-file', existing: known };
    sameText ??= known.textHash === candidate.textHash ? known : undefined;
  }
  return sameText ? { kind: 'same-text', existing: sameText } : { kind: 'new' };
}

/** What the user is told: “notes.utf16le.txt” has the same text as “Field notes”, already in your library. */
export function describeSameText(fileName: string, existingTitle: string): string {
  return `“${fileName}” has the same text as “${existingTitle}”, already in your library.`;
}
