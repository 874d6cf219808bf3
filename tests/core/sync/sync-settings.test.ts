import { describe, expect, it } from 'vitest';
import { checkDatabaseName } from '../../../src/core/sync/sync-settings';

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
