// The "Import documents" action and the drop handler share this: pick or receive files, import them one
// at a time while the Library shows progress and a "Cancel import" button, ask for the password of an
// encrypted PDF, tell the user what happened per file, and open the first new document. Files whose text
// is already in the library (from another file or encoding) are not added; the Library offers "Import
// anyway" for them.
import { useCallback, useRef, useState } from 'react';
import type { PickedFile } from '../../../core/model/platform';
import { useWorkbench } from '../../app/workbench-context';
import { nowIso } from '../../storage/timestamps';
import { createBrowserExtractDeps } from './extract-deps';
import {
  DOCUMENT_EXTENSIONS,
  importDocuments,
  summariseImport,
  type ImportOutcome,
  type ImportProgress,
  type PasswordRequest,
} from './import-documents';
import { readMaxImportBytes } from './import-limit';

/** What the Library shows while a batch runs. */
export type ImportStatus = {
  progress: ImportProgress | null;
  cancelling: boolean;
  cancel: () => void;
  password: (PasswordRequest & { id: number; answer: (password: string | null) => void }) | null;
  /** Files the last import did not add because their text is already here, and what to do about them. */
  sameText: { messages: string[]; importAnyway: () => void; dismiss: () => void } | null;
};

export function useImportDocuments(onOpenSource: (id: string) => void) {
  const { store, platform, researcher, notify } = useWorkbench();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [password, setPassword] = useState<ImportStatus['password']>(null);
  const [sameText, setSameText] = useState<{ files: PickedFile[]; messages: string[] } | null>(null);
  const running = useRef(false);
  const cancelRequested = useRef(false);
  const questions = useRef(0);

  const importFiles = useCallback(
    async (files: PickedFile[], options: { allowSameText?: boolean } = {}) => {
      if (files.length === 0) return;
      if (running.current) {
        notify({ tone: 'error', title: 'An import is already running; wait for it to finish.' });
        return;
      }
      running.current = true;
      cancelRequested.current = false;
      setCancelling(false);
      setSameText(null);
      const maxBytes = readMaxImportBytes();
      try {
        const outcomes = await importDocuments(
          store,
          files,
          {
            researcherId: researcher.id,
            now: nowIso,
            maxBytes,
            ...(options.allowSameText ? { allowSameText: true } : {}),
            extractDeps: ({ password: given }) =>
              createBrowserExtractDeps(given === undefined ? { maxBytes } : { maxBytes, password: given }),
          },
          {
            onProgress: setProgress,
            isCancelled: () => cancelRequested.current,
            askPassword: (request) =>
              new Promise<string | null>((resolve) =>
                setPassword({
                  ...request,
                  id: (questions.current += 1),
                  answer: (given) => {
                    setPassword(null);
                    resolve(given);
                  },
                }),
              ),
          },
        );
        notify(summariseImport(outcomes));
        const repeated = outcomes.flatMap((o, i) =>
          o.outcome === 'same-text' ? [{ o, file: files[i]! }] : [],
        );
        if (repeated.length > 0) {
          setSameText({ files: repeated.map((r) => r.file), messages: repeated.map((r) => r.o.message) });
        }
        const opened = outcomes.find(
          (o): o is Extract<ImportOutcome, { sourceId: string }> => 'sourceId' in o,
        );
        if (opened) onOpenSource(opened.sourceId);
      } finally {
        running.current = false;
        setProgress(null);
        setCancelling(false);
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
        maxBytes: readMaxImportBytes(),
      });
      await importFiles(files);
    } catch (error) {
      notify({ tone: 'error', title: 'The files could not be opened.', lines: [String(error)] });
    }
  }, [platform, importFiles, notify]);

  const cancel = useCallback(() => {
    cancelRequested.current = true;
    setCancelling(true);
  }, []);

  const status: ImportStatus = {
    progress,
    cancelling,
    cancel,
    password,
    sameText: sameText && {
      messages: sameText.messages,
      importAnyway: () => void importFiles(sameText.files, { allowSameText: true }),
      dismiss: () => setSameText(null),
    },
  };
  return { busy: progress !== null, importFiles, pickAndImport, status };
}
