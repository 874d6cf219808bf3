// The sync server address rule: the one origin the app may reach, https anywhere, http only on loopback.
import { describe, expect, it } from 'vitest';
import {
  databaseUrl,
  isLoopbackHost,
  isRequestToSyncOrigin,
  parseSyncServer,
} from '../../../src/core/sync/sync-origin';

describe('parseSyncServer', () => {
  it('accepts https anywhere and gives the origin browsers use', () => {
    expect(parseSyncServer(' https://Couch.Example.org/ ')).toEqual({
      ok: true,
      origin: 'https://couch.example.org',
      serverUrl: 'https://couch.example.org',
    });
    expect(parseSyncServer('https://couch.example.org:443/team/')).toMatchObject({
      origin: 'https://couch.example.org',
      serverUrl: 'https://couch.example.org/team',
    });
    expect(parseSyncServer('https://couch.example.org:6984')).toMatchObject({
      origin: 'https://couch.example.org:6984',
    });
  });

  it('accepts plain http only for this computer', () => {
    expect(parseSyncServer('http://127.0.0.1:5984')).toMatchObject({
      ok: true,
      origin: 'http://127.0.0.1:5984',
    });
    expect(parseSyncServer('http://localhost:5984')).toMatchObject({ ok: true });
    expect(parseSyncServer('http://[::1]:5984')).toMatchObject({ ok: true, origin: 'http://[::1]:5984' });
    for (const remote of [
      'http://couch.example.org',
      'http://192.168.1.5:5984',
      'http://127.0.0.1.example.org',
    ]) {
      const result = parseSyncServer(remote);
      expect(result.ok, remote).toBe(false);
      expect(result).toMatchObject({ error: expect.stringMatching(/only for a server on this computer/) });
    }
  });

  it('refuses other schemes, credentials in the address, queries and malformed hosts', () => {
    expect(parseSyncServer('ftp://couch.example.org')).toMatchObject({ ok: false, error: /https, not ftp/ });
    expect(parseSyncServer('couch.example.org')).toMatchObject({ ok: false });
    expect(parseSyncServer('https://ann:secret@couch.example.org')).toMatchObject({
      ok: false,
      error: /own fields/,
    });
    expect(parseSyncServer('https://couch.example.org/?x=1')).toMatchObject({ ok: false });
    expect(parseSyncServer('https://couch example.org')).toMatchObject({ ok: false });
    expect(parseSyncServer('https://couch.example.org:99999')).toMatchObject({ ok: false });
    expect(parseSyncServer('javascript:alert(1)')).toMatchObject({ ok: false });
  });
});

describe('isRequestToSyncOrigin', () => {
  const origin = 'https://couch.example.org';
  it('lets through requests to the configured origin only', () => {
    expect(isRequestToSyncOrigin('https://couch.example.org/team/_changes?since=0', origin)).toBe(true);
    expect(isRequestToSyncOrigin('https://COUCH.example.org:443/x', origin)).toBe(true);
    expect(isRequestToSyncOrigin('https://couch.example.org:6984/x', origin)).toBe(false);
    expect(isRequestToSyncOrigin('http://couch.example.org/x', origin)).toBe(false);
    expect(isRequestToSyncOrigin('https://evil.example.org/x', origin)).toBe(false);
    expect(isRequestToSyncOrigin('https://couch.example.org.evil.org/x', origin)).toBe(false);
    expect(isRequestToSyncOrigin('data:text/plain,hi', origin)).toBe(false);
  });
});

describe('helpers', () => {
  it('tells loopback hosts', () => {
    expect(isLoopbackHost('127.4.5.6')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });
  it('encodes the database name into its address', () => {
    expect(databaseUrl('https://couch.example.org/team', 'inquiry/2026')).toBe(
      'https://couch.example.org/team/inquiry%2F2026',
    );
  });
});
