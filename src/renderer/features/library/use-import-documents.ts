// The "Import documents" action and the drop handler share this: pick or receive files, import them one
// at a time while the Library shows progress and a "Cancel import" button (progress, cancel and the
// password question of an encrypted PDF live in the store's tasks slice), tell the user what happened per
// file, and open the first new document, unless the researcher opened another source meanwhile. Files
// whose text is already in the library (from another file or encoding) are not added; the Library offers
// "Import anyway" for them. Files that look like new versions of sources here wait for the Library's
// question: "Import as new version" or as a separate source. The pipeline (extraction, the text checks, PDF
// and OCR set-up) is loaded when files are first imported, not with the page (loadImportPipeline).
import { useCallback } from 'react';
import type { PickedFile } from '../../../core/model/platform';
import { useWorkbench } from '../../services/workbench-context';
import { useAppStore } from '../../store/use-app-store';
import { nowIso } from '../../storage/timestamps';
import { extractInWorker } from './extract-in-worker';
import { findVersionInWorker } from './find-version-in-worker';
import type { ImportOutcome } from './import-documents';
import { DOCUMENT_EXTENSIONS, summariseImport } from './import-summary';
import { readMaxImportBytes } from './import-limit';

// Password answers wait here by question id, and the files left out for their text wait for "Import
// anyway": the store holds only what can be shown, not callbacks or file bytes.
const pendingAnswers = new Map<number, (password: string | null) => void>();
let questions = 0;
let leftOut: PickedFile[] = [];
const waitingVersions = new Map<string, PickedFile>();

/** The import's heavy parts, fetched with the first import (a failed fetch fails that import, as a bad file would). */
async function loadImportPipeline() {
  const [pipeline, deps, ocr] = await Promise.all([
    import('./import-documents'),
    import('./extract-deps'),
    import('./browser-pdf-ocr'),
  ]);
  return {
    importDocuments: pipeline.importDocuments,
    createBrowserExtractDeps: deps.createBrowserExtractDeps,
    createBrowserPdfOcr: ocr.createBrowserPdfOcr,
  };
}

/** Answers the import's password question (null skips the file). */
export function answerPasswordQuestion(id: number, password: string | null): void {
  pendingAnswers.get(id)?.(password);
  pendingAnswers.delete(id);
}

export function useImportDocuments() {
  const { store, platform, researcher, notify } = useWorkbench();
  const appStore = useAppStore();
  const { tasks, navigation, versions } = appStore.actions;

  const importFiles = useCallback(
    async (
      files: PickedFile[],
      options: { allowSameText?: boolean; newVersionOf?: string; separate?: boolean } = {},
    ) => {
      if (files.length === 0) return;
      if (appStore.getState().tasks.importing) {
        notify({ tone: 'error', title: 'An import is already running; wait for it to finish.' });
        return;
      }
      tasks.startImport();
      leftOut = [];
      // A source the researcher opens while the files import is not taken away from them at the end.
      const openedBefore = appStore.getState().navigation.openSourceId;
      const maxBytes = readMaxImportBytes();
      // "Cancel import" stops the file being read, too: its worker is ended.
      const cancel = new AbortController();
      const stopWatching = appStore.subscribe(() => {
        if (appStore.getState().tasks.importing?.cancelRequested) cancel.abort();
      });
      try {
        const { importDocuments, createBrowserExtractDeps, createBrowserPdfOcr } = await loadImportPipeline();
        const outcomes = await importDocuments(
          store,
          files,
          {
            researcherId: researcher.id,
            now: nowIso,
            maxBytes,
            ...(options.allowSameText ? { allowSameText: true } : {}),
            ...(options.newVersionOf ? { newVersionOf: options.newVersionOf } : {}),
            ...(options.separate ? { separate: true } : {}),
            extractOffThread: extractInWorker,
            findVersionOffThread: findVersionInWorker,
            extractDeps: ({ password: given }) =>
              createBrowserExtractDeps({
                maxBytes,
                ...(given === undefined ? {} : { password: given }),
                ocr: {
                  mode: appStore.getState().settings.ocrMode,
                  readPages: createBrowserPdfOcr({ signal: cancel.signal }),
                  onProgress: (ocr) => {
                    const progress = appStore.getState().tasks.importing?.progress;
                    if (progress) tasks.reportImport({ ...progress, ocr });
                  },
                },
              }),
          },
          {
            onProgress: tasks.reportImport,
            isCancelled: () => appStore.getState().tasks.importing?.cancelRequested === true,
            signal: cancel.signal,
            askPassword: (request) =>
              new Promise<string | null>((resolve) => {
                const id = (questions += 1);
                pendingAnswers.set(id, (given) => {
                  tasks.answerPassword(id);
                  resolve(given);
                });
                tasks.askPassword({ id, ...request });
              }),
          },
        );
        notify(summariseImport(outcomes));
        const repeated = outcomes.flatMap((o, i) =>
          o.outcome === 'same-text' ? [{ o, file: files[i]! }] : [],
        );
        if (repeated.length > 0) {
          leftOut = repeated.map((r) => r.file);
          tasks.offerSameText(repeated.map((r) => r.o.message));
        }
        const offers = outcomes.flatMap((o, i) =>
          o.outcome === 'new-version' ? [{ o, file: files[i]! }] : [],
        );
        if (offers.length > 0) {
          for (const { file } of offers) waitingVersions.set(file.name, file);
          versions.offerVersions(
            offers.map(({ o }) => ({
              fileName: o.name,
              sourceId: o.sourceId,
              title: o.title,
              message: o.message,
            })),
          );
        }
        const opened = outcomes.find(
          (o): o is Extract<ImportOutcome, { sourceId: string }> => 'sourceId' in o,
        );
        if (opened && appStore.getState().navigation.openSourceId === openedBefore)
          navigation.openSource(opened.sourceId);
      } catch (error) {
        notify({
          tone: 'error',
          title: 'The import stopped.',
          lines: [error instanceof Error ? error.message : String(error)],
        });
      } finally {
        stopWatching();
        tasks.finishImport();
      }
    },
    [store, researcher.id, notify, appStore, tasks, navigation, versions],
  );

  const pickAndImport = useCallback(async () => {
    try {
      const files = await platform.openFiles({
        title: 'Import documents',
        extensions: DOCUMENT_EXTENSIONS,
        multiple: true,
        maxBytes: readMaxImportBytes(),
      });
      await importFiles(files);
    } catch (error) {
      notify({ tone: 'error', title: 'The files could not be opened.', lines: [String(error)] });
    }
  }, [platform, importFiles, notify]);

  const importAnyway = useCallback(() => {
    const files = leftOut;
    leftOut = [];
    tasks.dismissSameText();
    return importFiles(files, { allowSameText: true });
  }, [importFiles, tasks]);

  /** The answer to "Import as a new version of …?": as that version, as a separate source, or not now. */
  const answerVersion = useCallback(
    (fileName: string, answer: 'new-version' | 'separate' | 'skip') => {
      const offer = appStore.getState().versions.offers.find((o) => o.fileName === fileName);
      const file = waitingVersions.get(fileName);
      waitingVersions.delete(fileName);
      versions.answerOffer(fileName);
      if (!offer || !file || answer === 'skip') return Promise.resolve();
      return importFiles(
        [file],
        answer === 'new-version' ? { newVersionOf: offer.sourceId } : { separate: true },
      );
    },
    [appStore, versions, importFiles],
  );

  return { importFiles, pickAndImport, importAnyway, answerVersion };
}
