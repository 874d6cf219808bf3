// The browser build keeps the team sync settings for the session only: in memory, never in the page's
// storage, and a copy, so the caller cannot change what is kept by changing its object. A server the
// page's own policy cannot reach is refused in words.
import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
} from '../../../src/main/content-security-policy';
import { connectOrigins } from '../../../src/renderer/platform/page-policy';
import { createSessionSyncSettings } from '../../../src/renderer/platform/session-sync-settings';

const settings = {
  serverUrl: 'https://couch.example.org',
  database: 'inquiry',
  username: 'ada',
  password: 'pw',
};

describe('the browser keeper of sync settings', () => {
  it('keeps them for the session, says so, and forgets them', async () => {
    const keeper = createSessionSyncSettings();
    expect(await keeper.load()).toBeNull();
    const mine = { ...settings };
    expect(await keeper.save(mine)).toBe('session');
    mine.password = 'changed';
    expect(await keeper.load()).toEqual(settings);
    await keeper.clear();
    expect(await keeper.load()).toBeNull();
  });

  it('starts empty in every new page', async () => {
    await createSessionSyncSettings().save(settings);
    expect(await createSessionSyncSettings().load()).toBeNull();
  });

  it('accepts the server the page was served for, and refuses another', async () => {
    const keeper = createSessionSyncSettings(buildContentSecurityPolicy('https://couch.example.org'));
    expect(await keeper.save({ ...settings, serverUrl: 'https://couch.example.org/' })).toBe('session');
    await expect(keeper.save({ ...settings, serverUrl: 'https://other.example.org' })).rejects.toThrow(
      'served for the sync server https://couch.example.org and cannot reach https://other.example.org',
    );
    await expect(createSessionSyncSettings(CONTENT_SECURITY_POLICY).save(settings)).rejects.toThrow(
      /served without a sync server.*EVIDENCE_SYNC_SERVER=https:\/\/couch.example.org/,
    );
    expect(await keeper.load()).toMatchObject({ serverUrl: 'https://couch.example.org/' });
  });

  it("reads the origins of the page policy's connect-src", () => {
    expect(connectOrigins(buildContentSecurityPolicy('http://127.0.0.1:5984'))).toEqual([
      'http://127.0.0.1:5984',
    ]);
    expect(connectOrigins(CONTENT_SECURITY_POLICY)).toEqual([]);
  });
});
