// "Export database" and "Import database" as the header, the Export dialog and the import preview call
// them. The actions themselves (database-exchange.ts: the interchange formats, the bundle's checks and the
// merge) are fetched with the first export or import, not with the page, whose start they held up. The
// import's file picker opens first, on the researcher's click (a browser opens one only close to the click
// that asked for it), and the readers are fetched once a file is chosen; a preview can only be confirmed
// or cancelled once they are here.
import { useMemo } from 'react';
import type { ExportChoice } from './export-choices';
import type { ExportRequest } from './export-library';
import { useWorkbench } from '../../services/workbench-context';
import { useAppStore } from '../../store/use-app-store';
import type { DatabaseExchange, ExchangeDeps } from './database-exchange';
import { IMPORT_EXTENSIONS } from './import-extensions';
import { loadOnce } from '../../services/load-once';

// A failed fetch (the app updated underneath) is tried again on the next action.
const exchangePart = loadOnce(() => import('./database-exchange'));

export type DatabaseExchangeActions = Omit<DatabaseExchange, 'importFile'> & {
  importDb: () => Promise<void>;
};

export function useDatabaseExchange(): DatabaseExchangeActions {
  const workbench = useWorkbench();
  const appStore = useAppStore();
  return useMemo(() => {
    const deps: ExchangeDeps = { ...workbench, appStore };
    let actions: DatabaseExchange | undefined;
    const ready = async () => (actions ??= (await exchangePart.load()).createDatabaseExchange(deps));
    const failed = (error: unknown) =>
      deps.notify({ tone: 'error', title: 'The database could not be imported.', lines: [String(error)] });
    return {
      exportDb: (choice?: ExportChoice, only?: ExportRequest['only']) =>
        ready().then(
          (a) => a.exportDb(choice, only),
          (error: unknown) =>
            deps.notify({
              tone: 'error',
              title: 'The database could not be exported.',
              lines: [String(error)],
            }),
        ),
      importDb: async () => {
        let file;
        try {
          [file] = await deps.platform.openFiles({
            title: 'Import database',
            extensions: [...IMPORT_EXTENSIONS],
            multiple: false,
          });
        } catch (error) {
          return failed(error);
        }
        if (file) await ready().then((a) => a.importFile(file), failed);
      },
      confirmImport: (id: number) => ready().then((a) => a.confirmImport(id), failed),
      cancelImport: (id: number) => void ready().then((a) => a.cancelImport(id), failed),
    };
  }, [workbench, appStore]);
}
