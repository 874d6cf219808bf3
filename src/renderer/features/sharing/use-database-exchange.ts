// "Export database" and "Import database": the whole library as one bundle file out, and a bundle merged
// in: checked fully first, then previewed (what it would add and update, and warnings such as deletions of
// records this library never had) for the researcher to confirm, then written in one transaction.
import { useCallback } from 'react';
import { createBundle, serialiseBundle } from '../../../core/exchange/create-bundle';
import { decodeBundleBytes } from '../../../core/exchange/decode-bundle-bytes';
import { useWorkbench } from '../../services/workbench-context';
import {
  importDatabase,
  previewDatabaseImport,
  readLibrary,
  type ImportSummary,
} from '../../storage/library-exchange';
import { useActions } from '../../store/use-app-store';
import { exportFileName } from './export-file-name';

const TABLE_WORDS = [
  ['sources', 'source'],
  ['claims', 'claim'],
  ['tags', 'tag'],
  ['researchers', 'researcher'],
  ['briefings', 'briefing'],
] as const;

// Bundles waiting for their preview to be confirmed, by preview id: the store holds only what is shown.
const pendingImports = new Map<number, { fileName: string; text: string }>();
let previews = 0;

/** The preview's warnings: what the researcher should look at before saying yes. */
function describeWarnings(summary: ImportSummary): string[] {
  const warnings: string[] = [];
  if (summary.unknownDeletions > 0) {
    const n = summary.unknownDeletions;
    warnings.push(
      `It deletes ${n} record${n === 1 ? '' : 's'} this library never had. Nothing of yours would be removed, but check that the file comes from someone you work with.`,
    );
  }
  if (summary.orphanedClaims > 0) {
    const n = summary.orphanedClaims;
    warnings.push(
      `${n} claim${n === 1 ? '' : 's'} would not be found in a newer text of ${n === 1 ? 'its' : 'their'} source; ${n === 1 ? 'it' : 'they'} would be kept, listed under "Orphans".`,
    );
  }
  return warnings;
}

/**
 * The import's summary in words: what it did (`done`, the notice after writing) or what it would do
 * (`planned`, the preview, whose warnings say the rest: deletions of unknown records, orphans).
 */
export function describeSummary(summary: ImportSummary, when: 'done' | 'planned' = 'done'): string[] {
  const planned = when === 'planned';
  const list = (key: 'added' | 'updated') => {
    const parts = TABLE_WORDS.map(([table, word]) => {
      const n = summary[table][key];
      return `${n} ${word}${n === 1 ? '' : 's'}`;
    });
    const verb = key === 'added' ? (planned ? 'Adds' : 'Added') : planned ? 'Updates' : 'Updated';
    return `${verb}: ${parts.join(', ')}.`;
  };
  const lines = [list('added'), list('updated')];
  const kept = planned ? 'would be' : summary.conflicts === 1 ? 'was' : 'were';
  lines.push(
    summary.conflicts === 0
      ? 'No conflicting edits.'
      : `${summary.conflicts} conflicting ${summary.conflicts === 1 ? 'edit' : 'edits'} ${kept} kept for review.`,
  );
  if (summary.movedClaims > 0 || (!planned && summary.orphanedClaims > 0)) {
    const words = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;
    lines.push(
      `A newer text of a source arrived: ${words(summary.movedClaims)} ${planned ? 'would move' : 'moved'} to where their quotes are now` +
        (!planned && summary.orphanedClaims > 0
          ? `; ${words(summary.orphanedClaims)} could not be found in it and ${summary.orphanedClaims === 1 ? 'is' : 'are'} listed under "Orphans", kept.`
          : '.'),
    );
  }
  if (!planned && summary.unknownDeletions > 0) {
    const n = summary.unknownDeletions;
    lines.push(
      `It deletes ${n} record${n === 1 ? '' : 's'} this library never had; nothing of yours was removed by ${n === 1 ? 'it' : 'them'}.`,
    );
  }
  if (summary.tagDuplicates > 0) {
    lines.push(
      `${summary.tagDuplicates} pairs of tags share a name; they ${planned ? 'would not be' : 'were not'} merged.`,
    );
  }
  return lines;
}

export function useDatabaseExchange() {
  const { tasks } = useActions();
  const { store, platform, notify } = useWorkbench();

  const exportDb = useCallback(async () => {
    try {
      const now = new Date();
      const bundle = createBundle(await readLibrary(store), now.toISOString());
      const name = exportFileName(now);
      const saved = await platform.saveFile({
        suggestedName: name,
        bytes: new TextEncoder().encode(serialiseBundle(bundle)),
        mimeType: 'application/json',
      });
      if (saved) notify({ tone: 'info', title: `Database exported as ${name}.` });
    } catch (error) {
      notify({ tone: 'error', title: 'The database could not be exported.', lines: [String(error)] });
    }
  }, [store, platform, notify]);

  const importDb = useCallback(async () => {
    try {
      const [file] = await platform.openFiles({
        title: 'Import database',
        extensions: ['json'],
        multiple: false,
      });
      if (!file) return;
      const decoded = decodeBundleBytes(file.bytes);
      const preview = decoded.ok ? await previewDatabaseImport(store, decoded.text) : decoded;
      if (!decoded.ok || !preview.ok) {
        notify({
          tone: 'error',
          title: `${file.name} was not imported; nothing was changed.`,
          lines: [preview.ok ? '' : preview.error],
        });
        return;
      }
      const id = (previews += 1);
      pendingImports.set(id, { fileName: file.name, text: decoded.text });
      tasks.previewImport({
        id,
        fileName: file.name,
        lines: describeSummary(preview.summary, 'planned'),
        warnings: describeWarnings(preview.summary),
      });
    } catch (error) {
      notify({ tone: 'error', title: 'The database could not be imported.', lines: [String(error)] });
    }
  }, [store, platform, notify, tasks]);

  /** Writes the bundle whose preview the researcher confirmed. */
  const confirmImport = useCallback(
    async (id: number) => {
      const pending = pendingImports.get(id);
      pendingImports.delete(id);
      tasks.closeImportPreview(id);
      if (!pending) return;
      const result = await importDatabase(store, pending.text);
      if (!result.ok) {
        notify({
          tone: 'error',
          title: `${pending.fileName} was not imported; nothing was changed.`,
          lines: [result.error],
        });
        return;
      }
      notify({
        tone: 'info',
        title: `Merged ${pending.fileName} into the library.`,
        lines: describeSummary(result.summary),
      });
    },
    [store, notify, tasks],
  );

  const cancelImport = useCallback(
    (id: number) => {
      pendingImports.delete(id);
      tasks.closeImportPreview(id);
    },
    [tasks],
  );

  return { exportDb, importDb, confirmImport, cancelImport };
}
