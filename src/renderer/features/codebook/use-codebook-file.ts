// "Export CSV" and "Import CSV" of the Codebook: the codebook alone as a CSV file (core's format: name,
// parent path, colour, description), so a team can agree one before coding. An import is checked whole
// first; a bad file changes nothing and its message names the bad rows.
import { useCallback } from 'react';
import { decodeText } from '../../../core/text/decode-text';
import { useWorkbench } from '../../services/workbench-context';
import { exportCodebook, importCodebook } from '../../storage/codebook';
import { describeStorageError } from '../../storage/describe-storage-error';

const MAX_CSV_BYTES = 5 * 1024 * 1024;

export function useCodebookFile() {
  const { store, platform, researcher, notify } = useWorkbench();

  const exportCsv = useCallback(async () => {
    try {
      const bytes = new TextEncoder().encode(await exportCodebook(store));
      const saved = await platform.saveFile({ suggestedName: 'codebook.csv', bytes, mimeType: 'text/csv' });
      if (saved) notify({ tone: 'info', title: 'Codebook exported.' });
    } catch (error) {
      notify({
        tone: 'error',
        title: 'The codebook could not be exported.',
        lines: [describeStorageError(error)],
      });
    }
  }, [store, platform, notify]);

  const importCsv = useCallback(async () => {
    const [file] = await platform.openFiles({
      title: 'Import a codebook',
      extensions: ['csv'],
      multiple: false,
      maxBytes: MAX_CSV_BYTES,
    });
    if (!file) return;
    if ((file.size ?? file.bytes.length) > MAX_CSV_BYTES) {
      notify({ tone: 'error', title: `${file.name} is too large for a codebook.` });
      return;
    }
    try {
      const result = await importCodebook(store, decodeText(file.bytes).text, {
        researcherId: researcher.id,
      });
      if (!result.ok) {
        notify({ tone: 'error', title: `${file.name} was not imported.`, lines: [result.error] });
        return;
      }
      const { created, updated, unchanged } = result;
      notify({
        tone: 'info',
        title: `Codebook imported: ${created} tag${created === 1 ? '' : 's'} created, ${updated} updated, ${unchanged} unchanged.`,
      });
    } catch (error) {
      notify({
        tone: 'error',
        title: 'The codebook could not be imported.',
        lines: [describeStorageError(error)],
      });
    }
  }, [store, platform, researcher.id, notify]);

  return { exportCsv, importCsv };
}
