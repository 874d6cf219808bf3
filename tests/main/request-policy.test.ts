import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appUrlOf, isAppPageUrl, isRequestAllowed, type AppLocation } from '../../src/main/app-location';
import { isPermissionGranted } from '../../src/main/permission-policy';
import { createSyncDoor, syncOriginOf } from '../../src/main/sync-door';
import { appLocation } from './main-test-kit';

const root = join('/', 'opt', 'evidence');
const built = appLocation(root);
const dev: AppLocation = { kind: 'dev-server', url: 'http://localhost:5173/' };
const file = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;

describe('what counts as the app page', () => {
  it('is the built index.html, with any query or hash', () => {
    expect(appUrlOf(built)).toBe(file('out', 'renderer', 'index.html'));
    expect(isAppPageUrl(file('out', 'renderer', 'index.html'), built)).toBe(true);
    expect(isAppPageUrl(`${file('out', 'renderer', 'index.html')}#/claims`, built)).toBe(true);
  });

  it('is nothing else', () => {
    expect(isAppPageUrl(file('out', 'renderer', 'other.html'), built)).toBe(false);
    expect(isAppPageUrl(file('out', 'renderer', 'assets', '..', '..', 'evil.html'), built)).toBe(false);
    expect(isAppPageUrl('https://example.com/index.html', built)).toBe(false);
    expect(isAppPageUrl('not a url', built)).toBe(false);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/index.html', dev)).toBe(true);
  });
});

describe('which requests may leave the page', () => {
  it('blocks every remote request in the built app', () => {
    for (const url of [
      'https://example.com/x.png',
      'http://127.0.0.1:4173/',
      'wss://example.com/',
      'ftp://x/',
    ]) {
      expect(isRequestAllowed(url, built), url).toBe(false);
    }
  });

  it('allows the app files, and no other file on disk', () => {
    expect(isRequestAllowed(file('out', 'renderer', 'assets', 'index-abc.js'), built)).toBe(true);
    expect(isRequestAllowed(file('out', 'renderer', 'index.html'), built)).toBe(true);
    expect(isRequestAllowed('file:///etc/passwd', built)).toBe(false);
    expect(isRequestAllowed(file('out', 'renderer-evil', 'x.js'), built)).toBe(false);
    expect(isRequestAllowed(file('out', 'main', 'index.js'), built)).toBe(false);
  });

  it('allows in-memory schemes', () => {
    expect(isRequestAllowed('data:image/png;base64,AAAA', built)).toBe(true);
    expect(isRequestAllowed('blob:file:///6a1c', built)).toBe(true);
  });

  it('in development allows only the dev server (and its websocket)', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', dev)).toBe(true);
    expect(isRequestAllowed('http://localhost:8080/', dev)).toBe(false);
    expect(isRequestAllowed('https://cdn.example.com/react.js', dev)).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd', dev)).toBe(false);
  });
});

describe('permissions', () => {
  it('grants persistent storage and nothing else', () => {
    expect(isPermissionGranted('persistent-storage')).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'unknown',
    ]) {
      expect(isPermissionGranted(permission), permission).toBe(false);
    }
  });
});

describe('with team sync on', () => {
  const syncOrigin = syncOriginOf('http://127.0.0.1:5984/');

  it('allows the configured sync server, any path on it', () => {
    expect(syncOrigin).toBe('http://127.0.0.1:5984');
    expect(isRequestAllowed('http://127.0.0.1:5984/inquiry/_changes?feed=longpoll', built, syncOrigin)).toBe(
      true,
    );
    expect(isRequestAllowed('http://127.0.0.1:5984/_session', built, syncOrigin)).toBe(true);
    const https = syncOriginOf('https://couch.example.org');
    expect(isRequestAllowed('https://couch.example.org/inquiry/_bulk_docs', built, https)).toBe(true);
  });

  it('still refuses every other origin', () => {
    for (const url of [
      'http://127.0.0.1:5985/inquiry',
      'https://127.0.0.1:5984/inquiry',
      'http://localhost:5984/inquiry',
      'ws://127.0.0.1:5984/',
      'http://127.0.0.1:5984@evil.example.com/',
      'http://evil.example.com/?http://127.0.0.1:5984',
      'https://example.com/x.png',
      'https://cdn.example.com/react.js',
      'ftp://127.0.0.1:5984/',
    ]) {
      expect(isRequestAllowed(url, built, syncOrigin), url).toBe(false);
    }
    const https = syncOriginOf('https://couch.example.org');
    for (const url of [
      'https://evil.couch.example.org/',
      'http://couch.example.org/',
      'https://couch.example.org.evil.com/',
    ]) {
      expect(isRequestAllowed(url, built, https), url).toBe(false);
    }
  });

  it('keeps the file rules', () => {
    expect(isRequestAllowed('file:///etc/passwd', built, syncOrigin)).toBe(false);
    expect(isRequestAllowed(file('out', 'renderer', 'index.html'), built, syncOrigin)).toBe(true);
  });

  it('goes back to refusing the server once sync is switched off', () => {
    const door = createSyncDoor();
    door.openFor('http://127.0.0.1:5984');
    expect(isRequestAllowed('http://127.0.0.1:5984/inquiry', built, door.origin())).toBe(true);
    door.openFor('http://couch.example.org');
    expect(door.origin()).toBeUndefined();
    door.openFor(undefined);
    expect(isRequestAllowed('http://127.0.0.1:5984/inquiry', built, door.origin())).toBe(false);
  });
});
