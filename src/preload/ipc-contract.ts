// The preload's copy of the IPC channel names and menu commands. The preload may not import the main
// process, so these are repeated here; tests/main checks they match src/main/ipc-schemas.ts.

export const CHANNELS = {
  openFiles: 'files:open',
  saveFile: 'files:save',
  menuCommand: 'menu:command',
} as const;

export const MENU_COMMANDS = ['import-documents', 'export-database'] as const;
