import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fakeSecrets, wireSyncDeps, withTempDir } from './main-test-kit';

const settings = {
  serverUrl: 'https://couch.example.org',
  database: 'inquiry',
  username: 'ada',
  password: 'p4ss-wörd',
};

describe('the sync settings on disk', () => {
  it('holds the password only as the keychain encrypted it, and reads it back', async () => {
    await withTempDir(async (dir) => {
      const { credentials, file } = wireSyncDeps(dir);
      expect(await credentials.save(settings)).toBe('encrypted');
      const text = await readFile(file, 'utf8');
      expect(text).not.toContain(settings.password);
      expect(JSON.parse(text)).toMatchObject({ serverUrl: settings.serverUrl, username: 'ada' });
      // A new run of the app (a new store over the same file) reads the same settings.
      expect(await wireSyncDeps(dir).credentials.load()).toEqual(settings);
    });
  });

  it.each([
    ['no encryption at all', { available: false }],
    ["Linux's plain-text fallback", { backend: 'basic_text' }],
  ])('without a real keychain (%s) keeps the password for this run only', async (_label, options) => {
    await withTempDir(async (dir) => {
      const { credentials, file } = wireSyncDeps(dir, fakeSecrets(options));
      expect(await credentials.save(settings)).toBe('session');
      const text = await readFile(file, 'utf8');
      expect(text).not.toContain(settings.password);
      expect(JSON.parse(text)).not.toHaveProperty('encryptedPassword');
      expect(await credentials.load()).toEqual(settings);
      // The next run has the server and the name, and asks for the password again.
      expect(await wireSyncDeps(dir, fakeSecrets(options)).credentials.load()).toEqual({
        ...settings,
        password: '',
      });
    });
  });

  it('asks for the password again when the keychain cannot open it', async () => {
    await withTempDir(async (dir) => {
      const { file } = wireSyncDeps(dir);
      await writeFile(file, JSON.stringify({ ...settings, password: undefined, encryptedPassword: 'AAAA' }));
      expect(await wireSyncDeps(dir).credentials.load()).toEqual({ ...settings, password: '' });
    });
  });

  it('has nothing before settings are saved or after they are forgotten', async () => {
    await withTempDir(async (dir) => {
      const { credentials } = wireSyncDeps(dir);
      expect(await credentials.load()).toBeNull();
      await credentials.save(settings);
      await credentials.clear();
      expect(await credentials.load()).toBeNull();
    });
  });

  it('ignores a settings file it did not write', async () => {
    await withTempDir(async (dir) => {
      const { credentials, file } = wireSyncDeps(dir);
      await writeFile(file, JSON.stringify({ serverUrl: 'https://x.example', extra: true }));
      expect(await credentials.load()).toBeNull();
    });
  });
});

describe('a damaged settings file', () => {
  it('reads as no settings rather than stopping the app', async () => {
    await withTempDir(async (dir) => {
      const { credentials, file } = wireSyncDeps(dir);
      await writeFile(file, '{"serverUrl": "https://x.exa');
      expect(await credentials.load()).toBeNull();
    });
  });
});
