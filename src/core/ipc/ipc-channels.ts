// The names of the IPC channels between the desktop app's page (through the preload) and its main
// process, the menu commands main may send, and the shape of every answer. Main and preload both import
// this module, so a renamed channel cannot leave one side listening on the old name. It holds constants
// only (no zod), so the CommonJS preload bundle inlines them and stays small; the message schemas, which
// only main checks, are in ipc-schemas.ts.

export const IPC_CHANNELS = {
  openFiles: 'files:open',
  saveFile: 'files:save',
  /** Prints the briefing's HTML to PDF bytes (the desktop app's PDF export). */
  printPdf: 'briefing:print-pdf',
  /** Team sync settings: read (password decrypted), save (password encrypted), forget. */
  loadSyncSettings: 'sync:load-settings',
  saveSyncSettings: 'sync:save-settings',
  clearSyncSettings: 'sync:clear-settings',
  /** Main -> page only: a native menu item was chosen. */
  menuCommand: 'menu:command',
  /** Main -> page only: an `evidence:` link asked to show a passage in the reader. */
  openPassage: 'passage:open',
} as const;

export const MENU_COMMANDS = ['import-documents', 'export-database'] as const;

/** Commands the desktop app's native menu sends to the page. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/** A passage to show: a source and the stored-text offsets of the passage in it. */
export type PassageTarget = { sourceId: string; start: number; end: number };

/**
 * The preload's check of an 'open-passage' message (main already validated it with zod; the preload
 * cannot bundle zod, and the page should not trust a message's shape blindly either).
 */
export function isPassageTarget(value: unknown): value is PassageTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { sourceId, start, end } = value as Record<string, unknown>;
  return (
    typeof sourceId === 'string' &&
    sourceId.length > 0 &&
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    (start as number) >= 0 &&
    (end as number) >= (start as number)
  );
}

/**
 * What every handler answers. Errors travel as data because Electron wraps a thrown error's message in
 * "Error invoking remote method …", which is not something to show a researcher.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };
