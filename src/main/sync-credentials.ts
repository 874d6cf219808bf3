// Keeps the team sync settings between runs of the desktop app. The password is encrypted with the
// operating system's keychain through Electron's safeStorage and only the ciphertext reaches the disk;
// where the system offers no real keychain (no encryption, or Linux's "basic_text" fallback, which is
// plain obfuscation) the password is kept in memory for this run only and the file holds none.
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import type { SyncSettings } from '../core/sync/sync-settings';
import { writeFileAtomic, type AtomicFileSystem } from '../node-shared/write-file-atomic';

/** The part of Electron's safeStorage used here. */
export type SecretStorage = {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron; other systems always use their keychain. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

export type SyncCredentialDeps = {
  secrets: SecretStorage;
  fs: AtomicFileSystem & { readFile(path: string, encoding: 'utf8'): Promise<string> };
  /** The settings file, in the app's user-data folder. */
  file: string;
};

/** Where the password went: encrypted on disk, or held for this run only. */
export type PasswordKept = 'encrypted' | 'session';

const storedSchema = z
  .object({
    serverUrl: z.string(),
    database: z.string(),
    username: z.string(),
    encryptedPassword: z.string().optional(),
  })
  .strict();

function canEncrypt(secrets: SecretStorage): boolean {
  if (!secrets.isEncryptionAvailable()) return false;
  return secrets.getSelectedStorageBackend?.() !== 'basic_text';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

export type SyncCredentialStore = {
  load(): Promise<SyncSettings | null>;
  save(settings: SyncSettings): Promise<PasswordKept>;
  clear(): Promise<void>;
};

export function createSyncCredentialStore(deps: SyncCredentialDeps): SyncCredentialStore {
  let sessionPassword: string | undefined;

  const write = (text: string) => writeFileAtomic(deps.file, text, deps.fs);

  return {
    async load() {
      let text: string;
      try {
        text = await deps.fs.readFile(deps.file, 'utf8');
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
      const parsed = storedSchema.safeParse(parseJson(text));
      if (!parsed.success) return null;
      const { encryptedPassword, ...rest } = parsed.data;
      let password = sessionPassword ?? '';
      if (encryptedPassword !== undefined && canEncrypt(deps.secrets)) {
        try {
          password = deps.secrets.decryptString(Buffer.from(encryptedPassword, 'base64'));
        } catch {
          // A keychain that changed (another user, a new machine) cannot open it: ask again.
          password = '';
        }
      }
      return { ...rest, password };
    },

    async save(settings) {
      const { password, ...rest } = settings;
      if (canEncrypt(deps.secrets)) {
        sessionPassword = undefined;
        const encryptedPassword = deps.secrets.encryptString(password).toString('base64');
        await write(JSON.stringify({ ...rest, encryptedPassword }));
        return 'encrypted';
      }
      sessionPassword = password;
      await write(JSON.stringify(rest));
      return 'session';
    },

    async clear() {
      sessionPassword = undefined;
      await deps.fs.rm(deps.file, { force: true });
    },
  };
}
