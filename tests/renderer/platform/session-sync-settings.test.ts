// The browser build keeps the team sync settings for the session only: in memory, never in the page's
// storage, and a copy, so the caller cannot change what is kept by changing its object.
import { describe, expect, it } from 'vitest';
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
});
