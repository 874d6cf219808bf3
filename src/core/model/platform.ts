// The platform seam: what the app needs from its host. The Electron preload and the web fallbacks both
// implement it; the renderer picks one at start-up and nothing else knows which host it runs in.
import type { MenuCommand, PassageTarget } from '../ipc/ipc-channels';
import type { SyncSettings } from '../sync/sync-settings';

export type { MenuCommand, PassageTarget } from '../ipc/ipc-channels';

export type PickedFile = {
  name: string;
  bytes: Uint8Array;
  /**
   * The file's size in bytes when the host knows it without reading the file. A host may leave `bytes`
   * empty for a file larger than the `maxBytes` the app asked for, so it is refused without being read.
   */
  size?: number;
};

/**
 * Where the team sync settings are kept. The desktop app stores them with the password encrypted by the
 * system keychain ('encrypted'), or holds the password for this run only when there is no keychain
 * ('session'); the browser keeps everything in memory for the session ('session').
 */
export type SyncSettingsKeeper = {
  load(): Promise<SyncSettings | null>;
  save(settings: SyncSettings): Promise<'encrypted' | 'session'>;
  clear(): Promise<void>;
};

export type Platform = {
  host: 'electron' | 'web';
  /** Asks the user for files; resolves to none when they cancel. */
  openFiles(options: {
    title: string;
    extensions: string[];
    multiple: boolean;
    /** Files larger than this need not be read (see PickedFile.size); hosts may also apply their own limit. */
    maxBytes?: number;
  }): Promise<PickedFile[]>;
  /** Saves bytes under a name the user confirms; resolves to false when they cancel. */
  saveFile(options: { suggestedName: string; bytes: Uint8Array; mimeType: string }): Promise<boolean>;
  /**
   * Calls the listener when the user picks a native menu item; returns the unsubscribe function. Only the
   * desktop host has a native menu, so the web host leaves this out.
   */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /**
   * Prints a complete HTML page (the briefing's HTML export) to PDF bytes. Only the desktop host prints
   * (Chromium's printToPDF); elsewhere the PDF is written by core's PDF writer.
   */
  printPdf?(html: string): Promise<Uint8Array>;
  /**
   * Calls the listener when the host asks to show a passage (an `evidence:` link in the desktop app, the
   * URL's hash `#source=<id>&start=<n>&end=<n>` in the browser); returns the unsubscribe function.
   */
  onOpenPassage?(listener: (target: PassageTarget) => void): () => void;
  /** Keeps the team sync settings (see SyncSettingsKeeper). */
  syncSettings: SyncSettingsKeeper;
};
