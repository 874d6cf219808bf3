// Whatever the app's own operations do to a library — save and edit claims, delete them and undo, remove a
// source and bring it back, revert an edit, accept suggestions — the library stays one that its own export
// writes and its own import reads back unchanged. Random sequences of those operations (fast-check) run on
// real IndexedDB (fake-indexeddb), then export → import into a fresh database must give the same library.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import {
  deleteClaim,
  getClaim,
  restoreClaim,
  revertClaim,
  saveClaim,
} from '../../../src/renderer/storage/claims';
import { importDatabase, readLibrary } from '../../../src/renderer/storage/library-exchange';
import { listWholeSources, removeSource, restoreSource } from '../../../src/renderer/storage/sources';
import { ensureTags } from '../../../src/renderer/storage/tags';
import { ensureLocalResearcher } from '../../../src/renderer/storage/researchers';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

type Op =
  | { op: 'save'; source: number; at: number; length: number; tag: string }
  | { op: 'edit'; claim: number; note: string }
  | { op: 'delete'; claim: number }
  | { op: 'undo-delete'; claim: number }
  | { op: 'revert'; claim: number }
  | { op: 'remove-source'; source: number }
  | { op: 'restore-source'; source: number };

const saveArb = fc.record({
  op: fc.constant('save' as const),
  source: fc.nat(1),
  at: fc.nat(2000),
  length: fc.integer({ min: 1, max: 80 }),
  tag: fc.constantFrom('funding', 'NAAS', 'outsourcing'),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  saveArb,
  saveArb,
  fc.record({ op: fc.constant('edit' as const), claim: fc.nat(20), note: fc.string({ maxLength: 40 }) }),
  fc.record({ op: fc.constant('delete' as const), claim: fc.nat(20) }),
  fc.record({ op: fc.constant('undo-delete' as const), claim: fc.nat(20) }),
  fc.record({ op: fc.constant('revert' as const), claim: fc.nat(20) }),
  fc.record({ op: fc.constant('remove-source' as const), source: fc.nat(1) }),
  fc.record({ op: fc.constant('restore-source' as const), source: fc.nat(1) }),
);

describe('the library after any sequence of the app’s operations', () => {
  it('stays valid, and export then import into a fresh database gives it back unchanged', async () => {
    await fc.assert(
      // Always at least one claim, so every sequence has something to change.
      fc.asyncProperty(saveArb, fc.array(opArb, { minLength: 1, maxLength: 25 }), async (first, rest) => {
        const ops: Op[] = [first, ...rest];
        const { store } = freshStore();
        const { researcher } = await importFiles(store, [
          readCorpusFile('documents', (n) => n.startsWith('000')),
          readCorpusFile('documents', (n) => n.startsWith('003')),
        ]);
        const sources = await listWholeSources(store);
        const actor = { researcherId: researcher.id };
        const claimIds: string[] = [];
        const history = new Map<string, Awaited<ReturnType<typeof saveClaim>>>();
        const removed = new Map<string, string[]>();
        for (const step of ops) {
          // Operations a researcher cannot make at that moment (editing a deleted claim, say) are skipped,
          // as the app offers no button for them.
          const claimId = 'claim' in step ? claimIds[step.claim % Math.max(claimIds.length, 1)] : undefined;
          const source = 'source' in step ? sources[step.source % sources.length]! : undefined;
          const live = claimId ? await getClaim(store, claimId) : undefined;
          if (step.op === 'save' && source && !removed.has(source.id)) {
            const start = step.at % Math.max(source.text.length - step.length, 1);
            const tags = await ensureTags(store, [step.tag], actor);
            const saved = await saveClaim(
              store,
              {
                sourceId: source.id,
                target: {
                  source: source.id,
                  selector: describeRange(source.text, start, start + step.length),
                },
                kind: 'quote',
                fields: {},
                tagIds: tags.map((t) => t.id),
                note: '',
                statement: '',
              },
              actor,
            );
            claimIds.push(saved.id);
          } else if (step.op === 'edit' && live) {
            history.set(live.id, live);
            await saveClaim(store, { ...live, id: live.id, note: step.note }, actor);
          } else if (step.op === 'delete' && live) {
            await deleteClaim(store, live.id, actor);
          } else if (step.op === 'undo-delete' && claimId && !live) {
            const record = await store.db.claims.get(claimId);
            if (record && !removed.has(record.sourceId)) await restoreClaim(store, claimId, actor);
          } else if (step.op === 'revert' && live && history.has(live.id)) {
            await revertClaim(store, history.get(live.id)!, actor);
          } else if (step.op === 'remove-source' && source && !removed.has(source.id)) {
            removed.set(source.id, await removeSource(store, source.id, actor));
          } else if (step.op === 'restore-source' && source && removed.has(source.id)) {
            await restoreSource(store, source.id, removed.get(source.id)!, actor);
            removed.delete(source.id);
          }
        }
        const library = await readLibrary(store);
        expect(library.claims.length).toBeGreaterThan(0);
        expect(validateLibrary(library)).toEqual({ ok: true });
        const bundle = serialiseBundle(createBundle(library, new Date().toISOString()));
        const { store: fresh } = freshStore();
        await ensureLocalResearcher(fresh);
        const result = await importDatabase(fresh, bundle);
        expect(result.ok).toBe(true);
        const back = await readLibrary(fresh);
        // The fresh database has a researcher of its own; every other table comes back as it was.
        const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
        for (const table of ['tags', 'sources', 'claims', 'briefings'] as const) {
          expect(byId(back[table])).toEqual(byId(library[table]));
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
