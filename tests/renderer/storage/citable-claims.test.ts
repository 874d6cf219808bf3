// The citable claims read by one key range per status (storage/citable-claims): every accepted and
// verified claim, tombstones included for the caller to drop, in the order the status index keeps them,
// which is the order the `anyOf` walk it replaced gave: the briefing's and the cross-checks' later
// sorts break ties on that order.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import type { Claim, ClaimStatus, Library } from '../../../src/core/model/records';
import { readCitableClaims } from '../../../src/renderer/storage/citable-claims';
import { closeStore } from '../../../src/renderer/storage/database';
import { freshStore, putLibrary } from './storage-kit';

const STATUSES: ClaimStatus[] = ['accepted', 'verified', 'suggested', 'rejected'];

describe('citable claims', () => {
  it('reads every accepted and verified claim, in the status index order the anyOf walk gave', async () => {
    const library = buildLibrary({
      seed: 9,
      sources: 30,
      claims: 400,
      sourceChars: 300,
      tags: 4,
      briefings: 0,
    }) as Library;
    // Every status, some tombstones, and many claims made at one moment (ties in the later sort).
    const claims: Claim[] = library.claims.map((claim, i) => ({
      ...claim,
      status: STATUSES[i % STATUSES.length]!,
      deleted: i % 7 === 0,
      createdAt: i % 3 === 0 ? '2025-01-01T00:00:00.000Z' : claim.createdAt,
    }));
    const { store } = freshStore();
    await putLibrary(store, { ...library, claims });
    const read = await readCitableClaims(store);
    const walked = await store.db.claims.where('status').anyOf('accepted', 'verified').toArray();
    expect(read.map((c) => c.id)).toEqual(walked.map((c) => c.id));
    expect(read.length).toBe(claims.filter((c) => c.status === 'accepted' || c.status === 'verified').length);
    expect(read.some((c) => c.deleted)).toBe(true);
    closeStore(store);
  });
});
