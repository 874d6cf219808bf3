// Reviewing import conflicts: two researchers edit the same claim, one library imports the other's bundle,
// and the losing edit is listed for review. Keeping the current version dismisses it for good; adopting the
// other version writes it as a new local version that also wins the next merge with the colleague's bundle.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import type { Claim } from '../../../src/core/model/records';
import { saveClaim, listClaims } from '../../../src/renderer/storage/claims';
import {
  adoptOtherVersion,
  countOpenConflicts,
  keepCurrentVersion,
  listOpenConflicts,
} from '../../../src/renderer/storage/conflicts';
import type { Store } from '../../../src/renderer/storage/database';
import { importDatabase, readLibrary } from '../../../src/renderer/storage/library-exchange';
import { ensureLocalResearcher, renameResearcher } from '../../../src/renderer/storage/researchers';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

const bundleOf = async (store: Store) =>
  serialiseBundle(createBundle(await readLibrary(store), new Date().toISOString()));

async function editNote(store: Store, claim: Claim, note: string, now: string): Promise<void> {
  const researcher = await ensureLocalResearcher(store);
  await saveClaim(store, { ...claim, note }, { researcherId: researcher.id, now });
}

/** A's claim, copied to B; B edits the note, then A edits it later, then A imports B's bundle. */
async function conflictingLibraries() {
  const a = freshStore().store;
  await importFiles(a, [readCorpusFile('documents', (n) => n.startsWith('000_'))]);
  const [source] = await listWholeSources(a);
  const researcherA = await ensureLocalResearcher(a);
  await renameResearcher(a, researcherA.id, 'Ada');
  const claim = await saveClaim(
    a,
    {
      sourceId: source!.id,
      target: { source: source!.id, selector: describeRange(source!.text, 0, 40) },
      kind: 'quote',
      fields: {},
      statement: '',
      tagIds: [],
      note: 'first note',
    },
    { researcherId: researcherA.id, now: '2026-01-01T10:00:00.000Z' },
  );
  const b = freshStore().store;
  const researcherB = await ensureLocalResearcher(b);
  await renameResearcher(b, researcherB.id, 'Bea');
  expect((await importDatabase(b, await bundleOf(a))).ok).toBe(true);
  await editNote(b, claim, 'note by Bea', '2026-01-02T10:00:00.000Z');
  await editNote(a, claim, 'note by Ada', '2026-01-03T10:00:00.000Z');
  const bBundle = await bundleOf(b);
  const imported = await importDatabase(a, bBundle);
  expect(imported.ok && imported.summary.conflicts).toBe(1);
  return { a, b, bBundle, claimId: claim.id, researcherA };
}

const noteOf = async (store: Store, id: string) => (await listClaims(store)).find((c) => c.id === id)?.note;

describe('conflicts', () => {
  it('lists the losing version beside the current one, with who made each', async () => {
    const { a, claimId } = await conflictingLibraries();
    expect(await countOpenConflicts(a)).toBe(1);
    const [conflict] = await listOpenConflicts(a);
    expect(conflict).toMatchObject({ table: 'claims', recordId: claimId, currentBy: 'Ada', lostBy: 'Bea' });
    expect((conflict!.current as Claim).note).toBe('note by Ada');
    expect((conflict!.lost as Claim).note).toBe('note by Bea');
  });

  it('keeps the current version, and importing the same bundle again does not list it again', async () => {
    const { a, bBundle, claimId, researcherA } = await conflictingLibraries();
    const [conflict] = await listOpenConflicts(a);
    await keepCurrentVersion(a, conflict!.id, { researcherId: researcherA.id });
    expect(await countOpenConflicts(a)).toBe(0);
    expect(await noteOf(a, claimId)).toBe('note by Ada');
    await expect(keepCurrentVersion(a, conflict!.id, { researcherId: researcherA.id })).rejects.toThrow(
      /already been resolved/,
    );

    expect((await importDatabase(a, bBundle)).ok).toBe(true);
    expect(await countOpenConflicts(a)).toBe(0);
    expect(await noteOf(a, claimId)).toBe('note by Ada');
  });

  it('adopts the other version as a new local version that wins the next merge with their bundle', async () => {
    const { a, b, claimId, researcherA } = await conflictingLibraries();
    const [conflict] = await listOpenConflicts(a);
    const written = (await adoptOtherVersion(a, conflict!.id, { researcherId: researcherA.id })) as Claim;
    expect(written).toMatchObject({ id: claimId, note: 'note by Bea', updatedBy: researcherA.id });
    expect(written.updatedAt > '2026-01-03T10:00:00.000Z').toBe(true);
    expect(await noteOf(a, claimId)).toBe('note by Bea');
    expect(await countOpenConflicts(a)).toBe(0);

    const ours = await readLibrary(a);
    const theirs = await readLibrary(b);
    for (const [x, y] of [
      [ours, theirs],
      [theirs, ours],
    ] as const) {
      const merged = mergeLibraries(x, y);
      expect(merged.library.claims.find((c) => c.id === claimId)).toEqual(written);
      expect(merged.conflicts).toEqual([]);
    }
  });

  it('stamps the adopted version later than the current one even when the clock is behind', async () => {
    const { a, claimId, researcherA } = await conflictingLibraries();
    const [conflict] = await listOpenConflicts(a);
    const written = await adoptOtherVersion(a, conflict!.id, {
      researcherId: researcherA.id,
      now: '2025-06-01T00:00:00.000Z',
    });
    expect(written.updatedAt).toBe('2026-01-03T10:00:00.001Z');
    expect(await noteOf(a, claimId)).toBe('note by Bea');
  });

  it('writes nothing when resolving fails part-way: one transaction', async () => {
    const { a, claimId, researcherA } = await conflictingLibraries();
    const [conflict] = await listOpenConflicts(a);
    a.db.conflicts.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(adoptOtherVersion(a, conflict!.id, { researcherId: researcherA.id })).rejects.toThrow();
    expect(await noteOf(a, claimId)).toBe('note by Ada');
    expect(await countOpenConflicts(a)).toBe(1);
  });
});
