// Whether an imported document looks like a new version of a source already in the library: the same
// title, the same URL, or a text at least 60% the same (core's textSimilarity). The app asks "Import as a
// new version of …?" and the CLI names the source for --new-version-of; both decide with this function.
// Only the newest version of a document is offered (a source another live source supersedes is not), and
// deleted sources, and the very same file, never are.
import type { Source } from '../model/records';
import { findSupersedingSources } from './superseded';
import { compareShingles, shingles } from './text-similarity';

/** How much of the text must be the same for a file to be offered as a new version. */
export const VERSION_SIMILARITY = 0.6;

export type VersionReason = 'title' | 'url' | 'text';
export type VersionCandidate = { source: Source; reason: VersionReason; similarity: number };

type Incoming = Pick<Source, 'id' | 'title' | 'metadata' | 'text'>;

/** Candidates, best first: by similarity of text, a title or URL match counting whatever the similarity. */
export function findVersionCandidates(incoming: Incoming, library: Iterable<Source>): VersionCandidate[] {
  const live = [...library].filter((s) => !s.deleted && s.id !== incoming.id);
  const superseded = findSupersedingSources(live);
  const candidates: VersionCandidate[] = [];
  const incomingShingles = shingles(incoming.text);
  for (const source of live) {
    if (superseded.has(source.id)) continue;
    const similarity = compareShingles(incomingShingles, shingles(source.text));
    const reason: VersionReason | null = sameTitle(incoming.title, source.title)
      ? 'title'
      : sameUrl(incoming.metadata.URL, source.metadata.URL)
        ? 'url'
        : similarity >= VERSION_SIMILARITY
          ? 'text'
          : null;
    if (reason) candidates.push({ source, reason, similarity });
  }
  return candidates.sort((a, b) => b.similarity - a.similarity);
}

function sameTitle(a: string, b: string): boolean {
  const fold = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return fold(a) !== '' && fold(a) === fold(b);
}

function sameUrl(a: string | undefined, b: string | undefined): boolean {
  const fold = (url: string | undefined) => (url ?? '').trim().replace(/\/+$/, '').toLowerCase();
  return fold(a) !== '' && fold(a) === fold(b);
}

/** What the user is asked: Import “report-v2.txt” as a new version of “Annual report”? */
export function describeVersionQuestion(fileName: string, existingTitle: string): string {
  return `Import “${fileName}” as a new version of “${existingTitle}”?`;
}
