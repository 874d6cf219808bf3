// The "Import documents" action and the drop handler share this: pick or receive files, import them, tell
// the user what happened per file, and open the first new document.
import { useCallback, useState } from 'react';
import type { PickedFile } from '../../../core/model/platform';
import { useWorkbench } from '../../app/workbench-context';
import { nowIso } from '../../storage/timestamps';
import { DOCUMENT_EXTENSIONS, importDocuments, summariseImport } from './import-documents';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export function useImportDocuments(onOpenSource: (id: string) => void) {
  const { store, platform, researcher, notify } = useWorkbench();
  const [busy, setBusy] = useState(false);

  const importFiles = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      setBusy(true);
      try {
        const outcomes = await importDocuments(store, files, {
          parseHtml,
          researcherId: researcher.id,
          now: nowIso,
        });
        notify(summariseImport(outcomes));
        for (const outcome of outcomes) {
          if (outcome.outcome === 'failed') continue;
          onOpenSource(outcome.sourceId);
          break;
        }
      } finally {
        setBusy(false);
      }
    },
    [store, researcher.id, notify, onOpenSource],
  );

  const pickAndImport = useCallback(async () => {
    try {
      const files = await platform.openFiles({
        title: 'Import documents',
        extensions: DOCUMENT_EXTENSIONS,
        multiple: true,
      });
      await importFiles(files);
    } catch (error) {
      notify({ tone: 'error', title: 'The files could not be opened.', lines: [String(error)] });
    }
  }, [platform, importFiles, notify]);

  return { busy, importFiles, pickAndImport };
}
