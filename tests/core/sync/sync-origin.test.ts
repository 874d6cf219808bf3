import { describe, expect, it } from 'vitest';
import { checkSyncOrigin, isLoopbackHost, syncOriginOf } from '../../../src/core/sync/sync-origin';
import { checkDatabaseName } from '../../../src/core/sync/sync-settings';

describe('which sync server the app may reach', () => {
  it('admits any https server, as its origin', () => {
    expect(checkSyncOrigin('https://couch.example.org/')).toEqual({
      ok: true,
      origin: 'https://couch.example.org',
    });
    expect(syncOriginOf(' https://Couch.Example.org:6984/some/path?x=1 ')).toBe(
      'https://couch.example.org:6984',
    );
  });

  it('admits plain http only on this computer', () => {
    for (const url of [
      'http://127.0.0.1:5984',
      'http://localhost:5984/',
      'http://[::1]:5984',
      'http://127.8.0.1',
    ]) {
      expect(checkSyncOrigin(url).ok, url).toBe(true);
    }
    for (const url of [
      'http://couch.example.org',
      'http://10.0.0.5:5984',
      'http://127.0.0.1.example.org',
      'http://localhost.example.org',
      'http://0.0.0.0:5984',
    ]) {
      const check = checkSyncOrigin(url);
      expect(check.ok, url).toBe(false);
      if (!check.ok) expect(check.reason).toMatch(/https/);
    }
  });

  it('refuses other schemes, non-addresses and addresses carrying credentials', () => {
    expect(checkSyncOrigin('ftp://couch.example.org').ok).toBe(false);
    expect(checkSyncOrigin('wss://couch.example.org').ok).toBe(false);
    expect(checkSyncOrigin('file:///etc/passwd').ok).toBe(false);
    expect(checkSyncOrigin('couch.example.org').ok).toBe(false);
    expect(checkSyncOrigin('').ok).toBe(false);
    const withUser = checkSyncOrigin('https://ada:secret@couch.example.org');
    expect(withUser).toEqual({ ok: false, reason: expect.stringMatching(/own fields/) });
    expect(syncOriginOf('http://couch.example.org')).toBeUndefined();
    expect(syncOriginOf(undefined)).toBeUndefined();
  });

  it('knows loopback hosts', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('127.0.0')).toBe(false);
  });
});

describe('database names', () => {
  it("follows CouchDB's rule", () => {
    expect(checkDatabaseName('inquiry')).toBeNull();
    expect(checkDatabaseName('team/inquiry-2026_(a)+$')).toBeNull();
    expect(checkDatabaseName('')).toMatch(/Give/);
    expect(checkDatabaseName('Inquiry')).toMatch(/lower-case/);
    expect(checkDatabaseName('_users')).toMatch(/lower-case/);
    expect(checkDatabaseName('a'.repeat(239))).toMatch(/238/);
  });
});
