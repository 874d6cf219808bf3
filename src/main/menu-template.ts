// The native menu as plain data: File (import, export, quit), Edit (the standard roles, so copy and
// paste work), and View with reload and developer tools in development only. Menu items that act on the
// library send a command to the page, which owns the library.
import type { MenuCommand } from '../core/model/platform';

type MenuRole =
  | 'appMenu'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools';

export type MenuItemTemplate =
  | { type: 'separator' }
  | { role: MenuRole }
  | { label: string; accelerator?: string; click: () => void }
  | { label: string; submenu: MenuItemTemplate[] };

export type MenuContext = {
  isDevelopment: boolean;
  isMac: boolean;
  sendCommand: (command: MenuCommand) => void;
};

export function buildMenuTemplate(context: MenuContext): MenuItemTemplate[] {
  const file: MenuItemTemplate = {
    label: 'File',
    submenu: [
      {
        label: 'Import documents…',
        accelerator: 'CmdOrCtrl+O',
        click: () => context.sendCommand('import-documents'),
      },
      {
        label: 'Export database…',
        accelerator: 'CmdOrCtrl+Shift+E',
        click: () => context.sendCommand('export-database'),
      },
      // On macOS Quit lives in the app menu, as users expect.
      ...(context.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemTemplate = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemTemplate = {
    label: 'View',
    submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
  };
  return [
    ...(context.isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    ...(context.isDevelopment ? [view] : []),
  ];
}
