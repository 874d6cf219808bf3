// The cross-check worker's message handling, run in Node on fake-indexeddb: a watch answers with the
// cross-checks of what is stored, its conflicts in the groups core's rule makes of the same claims, and a database that cannot be read is answered with an error reply
// that carries the reason, never with silence.
import { afterEach, describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { readCrossCheckInputs } from '../../../src/renderer/features/crosscheck/read-cross-check-inputs';
import { createCrossCheckHandler } from '../../../src/renderer/features/crosscheck/crosscheck-handler';
import type { CrossCheckReply } from '../../../src/renderer/features/crosscheck/crosscheck-protocol';
import { openStore, type Store } from '../../../src/renderer/storage/database';
import { freshStore, putLibrary } from '../storage/storage-kit';
import { referenceConflictGroups } from '../../core/crosscheck/reference-cross-checks';

const opened: Store[] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const store of opened.splice(0)) store.db.close();
});

function handlerWith(openStoreAs: (name: string) => Store) {
  const replies: CrossCheckReply[] = [];
  const { handle, stop } = createCrossCheckHandler({ post: (r) => replies.push(r), openStore: openStoreAs });
  stops.push(stop);
  /** The first reply, once it has come. */
  const next = async () => {
    await expect.poll(() => replies.length, { timeout: 5_000 }).toBeGreaterThan(0);
    return replies[0]!;
  };
  return { handle, replies, next };
}

describe('the cross-check worker handler', () => {
  it('answers a watch with the stored claims’ cross-checks, conflicts in core’s groups', async () => {
    const { store, name } = freshStore();
    opened.push(store);
    await putLibrary(store, buildLibrary({ seed: 3, sources: 10, claims: 300, sourceChars: 1_500, tags: 3 }));
    const { handle, next } = handlerWith((n) => {
      const own = openStore(n);
      opened.push(own);
      return own;
    });
    handle({ type: 'watch', databaseName: name });
    const reply = await next();
    if (reply.type !== 'checks') throw new Error(`expected checks, got ${JSON.stringify(reply)}`);

    const { claims, sources } = await readCrossCheckInputs(store);
    const found = findCrossChecks(claims, sources);
    const groups = referenceConflictGroups(found.conflicts);
    expect(reply.checks.sums).toEqual(found.sums);
    expect(reply.checks.corroborations).toEqual(found.corroborations);
    // Groups, not pairs: some group gathers several pairs, and every pair's claims are in its group.
    expect(found.conflicts.length).toBeGreaterThan(groups.length);
    expect(reply.checks.conflictGroups.some((g) => g.pairCount > 1 && g.pair === null)).toBe(true);
    const claimsOf = (g: (typeof groups)[number]) =>
      g.kind === 'figure' ? g.figures : g.kind === 'date' ? g.dates : g.stances;
    expect(
      reply.checks.conflictGroups.map((g) => ({ kind: g.kind, claimIds: g.claimIds, pairs: g.pairCount })),
    ).toEqual(
      groups.map((g) => ({
        kind: g.kind,
        claimIds: claimsOf(g).map((r) => r.claimId),
        pairs: g.pairCount,
      })),
    );
    // Each claim of a group is under exactly one of its values.
    for (const group of reply.checks.conflictGroups) {
      const valued = group.values.flatMap((v) => v.claims.map((c) => c.claimId));
      expect(valued.sort()).toEqual([...group.claimIds].sort());
    }
  });

  it('answers with the reason when the stored claims cannot be checked', async () => {
    const { store, name } = freshStore();
    opened.push(store);
    const library = buildLibrary({ seed: 3, sources: 4, claims: 40, sourceChars: 1_500, tags: 2 });
    // A record the rule cannot read (its passage's position lost): the worker must say so, not go quiet.
    const broken = library.claims.filter((c) => c.status === 'accepted' && c.kind === 'figure');
    for (const claim of broken)
      claim.target = { ...claim.target, selector: [claim.target.selector[0]] } as never;
    await putLibrary(store, library);
    const { handle, next } = handlerWith((n) => {
      const own = openStore(n);
      opened.push(own);
      return own;
    });
    handle({ type: 'watch', databaseName: name });
    const reply = await next();
    expect(reply.type).toBe('error');
    expect(reply.type === 'error' && reply.message).toMatch(/start/);
  });

  it('answers with the reason when the database cannot even be opened', async () => {
    const { handle, next } = handlerWith(() => {
      throw new Error('IndexedDB is not available in this window');
    });
    handle({ type: 'watch', databaseName: 'anything' });
    expect(await next()).toEqual({ type: 'error', message: 'IndexedDB is not available in this window' });
  });
});
