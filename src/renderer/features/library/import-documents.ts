// The document import pipeline: each picked file is extracted (core), turned into a source and stored.
// Files are handled one by one, so one bad file is reported on its own and never stops the others.
import { createSource, extractDocument, type DomParser } from '../../../core/import/extract-document';
import { ImportError } from '../../../core/import/import-error';
import type { PickedFile } from '../../../core/model/platform';
import type { Store } from '../../storage/database';
import { addSource } from '../../storage/sources';

export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm'];

export type ImportOutcome =
  | { name: string; outcome: 'added'; sourceId: string; title: string }
  | { name: string; outcome: 'already-present'; sourceId: string; title: string }
  | { name: string; outcome: 'failed'; message: string };

export type ImportDeps = { parseHtml: DomParser; researcherId: string; now: () => string };

export async function importDocuments(
  store: Store,
  files: PickedFile[],
  deps: ImportDeps,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    try {
      const extracted = await extractDocument(file, { parseHtml: deps.parseHtml });
      const source = await createSource(file, extracted, {
        researcherId: deps.researcherId,
        now: deps.now(),
      });
      const result = await addSource(store, source);
      outcomes.push({ name: file.name, outcome: result, sourceId: source.id, title: source.title });
    } catch (error) {
      const message =
        error instanceof ImportError
          ? error.message
          : `It could not be read (${error instanceof Error ? error.message : String(error)}).`;
      outcomes.push({ name: file.name, outcome: 'failed', message });
    }
  }
  return outcomes;
}

/** One notice for a batch: what was added, what was already there, and each failure with its reason. */
export function summariseImport(outcomes: ImportOutcome[]): {
  tone: 'info' | 'error';
  title: string;
  lines: string[];
} {
  const added = outcomes.filter((o) => o.outcome === 'added').length;
  const failed = outcomes.filter((o) => o.outcome === 'failed').length;
  const lines = outcomes.map((o) => {
    if (o.outcome === 'added') return `${o.name}: imported as “${o.title}”.`;
    if (o.outcome === 'already-present') return `${o.name}: already in the library (“${o.title}”).`;
    return `${o.name}: not imported. ${o.message}`;
  });
  const plural = (n: number) => (n === 1 ? 'document' : 'documents');
  const title =
    failed > 0
      ? `${failed} ${failed === 1 ? 'file' : 'files'} could not be imported` +
        (added ? `; ${added} ${plural(added)} imported.` : '.')
      : added > 0
        ? `Imported ${added} ${plural(added)}.`
        : 'Nothing new: already in the library.';
  return { tone: failed > 0 ? 'error' : 'info', title, lines };
}
