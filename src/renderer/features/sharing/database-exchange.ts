// "Export database" and "Import database": the whole library out as one bundle file or in the chosen
// interchange format (W3C Web Annotation, CSV, REFI-QDA), and a file merged in, its format told by its
// content: checked fully first, then previewed (what it would add and update, what a foreign file holds
// that cannot come in, and warnings such as deletions of records this library never had) for the
// researcher to confirm, then written in one transaction through the same merge as a bundle. A bundle's
// decoding, check and write run in a worker (exchange-worker.ts), shown as the import under way with
// "Cancel import". Loaded with the first export or import (use-database-exchange.ts), not with the page:
// the interchange formats' readers and writers, the bundle's schema and the merge are a large part of the
// app's code.
import type { AppStore } from '../../store/app-store';
import type { Workbench } from '../../services/workbench-context';
import { describeUnknownJson } from '../../../core/interchange/describe-unknown-json';
import { detectFormat } from '../../../core/interchange/formats';
import { readInterchange } from '../../../core/interchange/read-interchange';
import type { Library } from '../../../core/model/records';
import { importLibrary, previewLibraryImport, readLibrary } from '../../storage/library-exchange';
import { keepOriginal } from '../../storage/originals';
import { nowIso } from '../../storage/timestamps';
import { createPdfTextLoader } from '../../pdf/load-pdf-text';
import { looksLikeBundle } from '../../../core/exchange/looks-like-bundle';
import {
  ExchangeCancelled,
  exportInWorker,
  startBundleSession,
  type BundleSession,
} from './exchange-in-worker';
import { exportLibrary, type ExportRequest } from './export-library';
import { runExchangeTask } from './run-exchange-task';
import { describeSummary, describeWarnings } from './describe-import-summary';
import { BUNDLE_CHOICE, type ExportChoice } from './export-choices';
import type { PickedFile } from '../../../core/model/platform';
import { exportFileName } from './export-file-name';

// Imports waiting for their preview to be confirmed, by preview id: the store holds only what is shown. A
// bundle waits in the worker that previewed it (holding the library it read), or as its bytes where there
// are no workers; a file of another format as the library read from it.
type PendingImport = { fileName: string } & (
  | { session: BundleSession }
  | { bytes: Uint8Array }
  | { library: Library; originals?: Map<string, Uint8Array> }
);
const pendingImports = new Map<number, PendingImport>();
let previews = 0;

/** The store shows one preview at a time: a new one lets the others go (and ends their workers). */
function replacePendingImports(id: number, pending: PendingImport): void {
  for (const [other, waiting] of pendingImports) if (other !== id) dropPending(other, waiting);
  pendingImports.set(id, pending);
}

function dropPending(id: number, pending: PendingImport | undefined): void {
  pendingImports.delete(id);
  if (pending && 'session' in pending) pending.session.end();
}

export type ExchangeDeps = Workbench & { appStore: AppStore };

export type DatabaseExchange = ReturnType<typeof createDatabaseExchange>;

/** The four actions, on the given library, host and store. */
export function createDatabaseExchange({ store, platform, notify, researcher, appStore }: ExchangeDeps) {
  const { tasks } = appStore.actions;

  /** A bundle's preview or import, off the main thread, as the import under way (with its Cancel). */
  const runBundleTask = async <T>(
    task: 'checking' | 'merging',
    fileName: string,
    run: (signal: AbortSignal) => Promise<T>,
  ) => {
    tasks.startImport();
    tasks.reportImport({ index: 1, total: 1, name: `${fileName} (${task})` });
    const cancel = new AbortController();
    const stopWatching = appStore.subscribe(() => {
      if (appStore.getState().tasks.importing?.cancelRequested) cancel.abort();
    });
    try {
      return await run(cancel.signal);
    } finally {
      stopWatching();
      tasks.finishImport();
    }
  };

  /** A bundle's preview: in a worker that keeps what it read for the import, or in the page. */
  const previewBundle = async (fileName: string, bytes: Uint8Array) => {
    if (typeof Worker === 'undefined')
      return { preview: await runExchangeTask(store, 'preview', bytes), pending: { fileName, bytes } };
    const session = startBundleSession(store.db.name);
    try {
      const preview = await runBundleTask('checking', fileName, (signal) => session.preview(bytes, signal));
      if (!preview.ok) session.end();
      return { preview, pending: { fileName, session } };
    } catch (error) {
      session.end();
      throw error;
    }
  };

  const saidCancelled = (fileName: string) =>
    notify({ tone: 'info', title: `${fileName} was not imported; nothing was changed.` });

  const exportDb = async (choice: ExportChoice = BUNDLE_CHOICE, only?: ExportRequest['only']) => {
    try {
      const now = new Date();
      // Read and written where the data is (the exchange worker), so the window never holds the library.
      const request: ExportRequest = { choiceId: choice.id, only, now: now.toISOString() };
      const bytes =
        typeof Worker === 'undefined'
          ? await exportLibrary(store, request)
          : await exportInWorker(store.db.name, request);
      const { format } = choice;
      const name = exportFileName(now, format?.extension ?? 'json');
      const saved = await platform.saveFile({
        suggestedName: name,
        bytes,
        mimeType: format?.mimeType ?? 'application/json',
      });
      if (saved) notify({ tone: 'info', title: `Database exported as ${name}.` });
    } catch (error) {
      notify({ tone: 'error', title: 'The database could not be exported.', lines: [String(error)] });
    }
  };

  /** The preview of a file in another format: read whole and merged on paper, or why it cannot be. */
  const previewForeign = async (file: { name: string; bytes: Uint8Array }) => {
    const format = detectFormat(file.bytes);
    if (!format) return null;
    const context = {
      existing: await readLibrary(store),
      now: nowIso(),
      researcherId: researcher.id,
      // A PDF inside a REFI-QDA package is read as a PDF import reads it (pdf.js in its worker).
      readPdf: createPdfTextLoader(),
    };
    let read;
    try {
      read = await readInterchange(format, file.bytes, context);
    } catch (error) {
      return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
    }
    const preview = await previewLibraryImport(store, read.library);
    if (!preview.ok) return preview;
    return { ...preview, format, library: read.library, skipped: read.skipped, originals: read.originals };
  };

  /** A file the researcher picked for "Import database" (use-database-exchange picks it). */
  const importFile = async (file: PickedFile) => {
    try {
      const failed = (error: string) =>
        notify({
          tone: 'error',
          title: `${file.name} was not imported; nothing was changed.`,
          lines: [error],
        });
      // Our own bundle is known by its opening; only another file is parsed here to learn its format.
      const foreign = looksLikeBundle(file.bytes) ? null : await previewForeign(file);
      const id = (previews += 1);
      if (foreign) {
        if (!foreign.ok) return failed(foreign.error);
        replacePendingImports(id, {
          fileName: file.name,
          library: foreign.library,
          ...(foreign.originals ? { originals: foreign.originals } : {}),
        });
        tasks.previewImport({
          id,
          fileName: file.name,
          format: foreign.format.label,
          lines: describeSummary(foreign.summary, 'planned'),
          warnings: describeWarnings(foreign.summary),
          skipped: foreign.skipped,
        });
        return;
      }
      // A .jsonld file is never a bundle: say why it is not annotations rather than "not a bundle".
      if (/\.jsonld$/i.test(file.name)) return failed(describeUnknownJson(file.bytes));
      // The bytes are moved to the worker, which keeps what it read from them (file.bytes is left empty).
      const { preview, pending } = await previewBundle(file.name, file.bytes);
      if (!preview.ok) return failed(preview.error);
      replacePendingImports(id, pending);
      tasks.previewImport({
        id,
        fileName: file.name,
        lines: describeSummary(preview.summary, 'planned'),
        warnings: describeWarnings(preview.summary),
      });
    } catch (error) {
      if (error instanceof ExchangeCancelled) return;
      notify({ tone: 'error', title: 'The database could not be imported.', lines: [String(error)] });
    }
  };

  /** Writes the file whose preview the researcher confirmed. */
  const confirmImport = async (id: number) => {
    const pending = pendingImports.get(id);
    pendingImports.delete(id);
    tasks.closeImportPreview(id);
    if (!pending) return;
    let result;
    try {
      if ('session' in pending)
        result = await runBundleTask('merging', pending.fileName, (signal) =>
          pending.session.importPreviewed(signal),
        );
      else if ('bytes' in pending) result = await runExchangeTask(store, 'import', pending.bytes);
      else result = await importLibrary(store, pending.library);
    } catch (error) {
      if (error instanceof ExchangeCancelled) return saidCancelled(pending.fileName);
      result = { ok: false as const, error: String(error) };
    } finally {
      if ('session' in pending) pending.session.end();
    }
    if (!result.ok) {
      notify({
        tone: 'error',
        title: `${pending.fileName} was not imported; nothing was changed.`,
        lines: [result.error],
      });
      return;
    }
    // The PDFs a package held, kept beside their sources' text so the reader can draw their pages.
    if ('originals' in pending && pending.originals)
      for (const [sourceId, bytes] of pending.originals) await keepOriginal(store, sourceId, bytes);
    notify({
      tone: 'info',
      title: `Merged ${pending.fileName} into the library.`,
      lines: describeSummary(result.summary),
    });
  };

  const cancelImport = (id: number) => {
    dropPending(id, pendingImports.get(id));
    tasks.closeImportPreview(id);
  };

  return { exportDb, importFile, confirmImport, cancelImport };
}
