// Stamping a new version: strictly after every version it replaces, by the acting researcher, creation
// stamps kept, and never a time the bundle schema would refuse (years 0000 to 9999 only).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timestampSchema } from '../../../src/core/exchange/record-schemas';
import {
  LATEST_TIMESTAMP,
  nextTimestamp,
  stampCreatedVersion,
  stampVersion,
  TimestampError,
} from '../../../src/core/model/version-stamp';

const alice = { researcherId: 'r-alice', now: '2024-06-01T12:00:00.000Z' };

describe('nextTimestamp', () => {
  it('is the clock time when the clock is past the previous version', () => {
    expect(nextTimestamp('2024-06-01T12:00:00.000Z', '2024-06-01T11:59:59.999Z')).toBe(
      '2024-06-01T12:00:00.000Z',
    );
    expect(nextTimestamp('2024-06-01T12:00:00Z')).toBe('2024-06-01T12:00:00.000Z');
  });

  it('is one millisecond after the latest previous version when the clock has not moved past it', () => {
    expect(nextTimestamp('2024-06-01T12:00:00.000Z', '2024-06-01T12:00:00.000Z')).toBe(
      '2024-06-01T12:00:00.001Z',
    );
    expect(
      nextTimestamp('2024-06-01T12:00:00.000Z', '2024-06-01T11:00:00.000Z', '2030-01-01T00:00:00.000Z'),
    ).toBe('2030-01-01T00:00:00.001Z');
  });

  it('ignores an unreadable previous time', () => {
    expect(nextTimestamp(alice.now, 'not a time', undefined)).toBe(alice.now);
  });

  it('refuses a clock that is unreadable or outside the years a bundle accepts', () => {
    expect(() => nextTimestamp('soon')).toThrow(TimestampError);
    expect(() => nextTimestamp('+010000-01-01T00:00:00.000Z')).toThrow(/outside the times/);
    expect(() => nextTimestamp('-000001-12-31T00:00:00.000Z')).toThrow(TimestampError);
  });

  it('reaches the last millisecond of 9999 but refuses to go past it', () => {
    expect(nextTimestamp('2024-01-01T00:00:00.000Z', '9999-12-31T23:59:59.998Z')).toBe(LATEST_TIMESTAMP);
    expect(() => nextTimestamp('2024-01-01T00:00:00.000Z', LATEST_TIMESTAMP)).toThrow(
      /no newer version can be written/,
    );
    // A previous time already past the range (written by an older version of the app) is not made worse.
    expect(() => nextTimestamp(alice.now, '+010000-01-01T00:00:00.000Z')).toThrow(TimestampError);
  });

  it('is always later than every previous time and accepted by the bundle schema, or refuses', () => {
    const time = fc
      .integer({ min: Date.parse('-000100-01-01T00:00:00Z'), max: Date.parse('+010100-01-01T00:00:00Z') })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(time, fc.array(time, { maxLength: 3 }), (now, previous) => {
        let next: string;
        try {
          next = nextTimestamp(now, ...previous);
        } catch (error) {
          expect(error).toBeInstanceOf(TimestampError);
          return;
        }
        expect(timestampSchema.safeParse(next).success).toBe(true);
        for (const p of previous) expect(Date.parse(next)).toBeGreaterThan(Date.parse(p));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stamping versions', () => {
  it('stamps a version by the acting researcher after the versions it replaces', () => {
    const previous = { updatedAt: '2024-06-01T12:00:00.000Z' };
    expect(stampVersion(alice, previous)).toEqual({
      updatedAt: '2024-06-01T12:00:00.001Z',
      updatedBy: 'r-alice',
    });
    expect(stampVersion(alice)).toEqual({ updatedAt: alice.now, updatedBy: 'r-alice' });
  });

  it('creates a new record now, and keeps the creation stamps on a later version', () => {
    expect(stampCreatedVersion(alice)).toEqual({
      createdAt: alice.now,
      createdBy: 'r-alice',
      updatedAt: alice.now,
      updatedBy: 'r-alice',
    });
    const bob = { researcherId: 'r-bob', now: '2024-06-02T08:00:00.000Z' };
    expect(stampCreatedVersion(bob, stampCreatedVersion(alice))).toEqual({
      createdAt: alice.now,
      createdBy: 'r-alice',
      updatedAt: bob.now,
      updatedBy: 'r-bob',
    });
  });
});
