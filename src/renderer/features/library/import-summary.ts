// What an import of documents tells the researcher, and which files it takes: the notice for a batch (what
// was added, what was already there, each failure and what a cancel left) and the extensions offered in the
// file picker. Apart from the import itself (import-documents.ts), which is loaded when files are first
// imported, not with the page.
import type { ImportOutcome } from './import-documents';

export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'];

/** One notice for a batch: what was added, what was already there, each failure and what a cancel left. */
export function summariseImport(outcomes: ImportOutcome[]): {
  tone: 'info' | 'error';
  title: string;
  lines: string[];
} {
  const count = (kind: ImportOutcome['outcome']) => outcomes.filter((o) => o.outcome === kind).length;
  const added = count('added');
  const failed = count('failed');
  const cancelled = count('cancelled');
  const waiting = count('new-version');
  const lines = outcomes.map((o) => {
    if (o.outcome === 'added') return [`${o.name}: imported as “${o.title}”.`, ...(o.notes ?? [])].join(' ');
    if (o.outcome === 'already-present') return `${o.name}: already in the library (“${o.title}”).`;
    if (o.outcome === 'same-text') return `${o.message} It was not added again.`;
    if (o.outcome === 'new-version') return `${o.name}: ${o.message} (waiting for your answer)`;
    if (o.outcome === 'cancelled') return `${o.name}: not imported (the import was cancelled).`;
    return `${o.name}: not imported. ${o.message}`;
  });
  const documents = (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}`;
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  let title: string;
  if (cancelled > 0) {
    title =
      `Import cancelled: ${documents(added)} imported, ${files(cancelled)} not imported` +
      (waiting ? `, ${files(waiting)} waiting for your answer` : '') +
      (failed ? `, ${files(failed)} could not be imported.` : '.');
  } else if (failed > 0) {
    title = `${files(failed)} could not be imported` + (added ? `; ${documents(added)} imported.` : '.');
  } else {
    const only = outcomes.length === 1 ? outcomes[0] : undefined;
    // One file with the same text as a source here: the message is the notice, said once.
    if (only?.outcome === 'same-text' || only?.outcome === 'new-version')
      return { tone: 'info', title: only.message, lines: [] };
    const asking =
      waiting === 1
        ? '1 file may be a new version of a source here: answer in the Library.'
        : `${files(waiting)} may be new versions of sources here: answer in the Library.`;
    title =
      added > 0
        ? `Imported ${documents(added)}.` + (waiting ? ` ${asking}` : '')
        : waiting > 0
          ? asking
          : 'Nothing new: already in the library.';
  }
  return { tone: failed > 0 ? 'error' : 'info', title, lines };
}
