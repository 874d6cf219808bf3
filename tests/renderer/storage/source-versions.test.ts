// A new version of a source in the app's storage: the import asks first, then stores the new source with
// `supersedes` and moves the old one's claims onto it (moved, changed, orphaned) in one transaction; an
// orphan is re-attached to a passage and a changed quote marked checked, each as a new version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import type { Source } from '../../../src/core/model/records';
import { summariseImport } from '../../../src/renderer/features/library/import-summary';
import { saveClaim } from '../../../src/renderer/storage/claims';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import {
  confirmChangedQuote,
  listAllSources,
  reattachClaim,
} from '../../../src/renderer/storage/source-versions';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

const edited = {
  name: '004-edited.txt',
  bytes: new Uint8Array(
    readFileSync(new URL('../../core/versions/fixtures/004-edited.txt', import.meta.url)),
  ),
};

async function claimOn(
  store: ReturnType<typeof freshStore>['store'],
  source: Source,
  quote: string,
  researcherId: string,
) {
  const start = source.text.indexOf(quote);
  const target = { source: source.id, selector: describeRange(source.text, start, start + quote.length) };
  return saveClaim(
    store,
    { sourceId: source.id, target, kind: 'quote', fields: {}, statement: '', tagIds: [], note: '' },
    { researcherId },
  );
}

describe('new versions of a source', () => {
  it('asks, then imports the new version and moves the claims onto it', async () => {
    const { store } = freshStore();
    const original = readCorpusFile('documents', (n) => n.startsWith('004_'));
    const { researcher } = await importFiles(store, [original]);
    const me = researcher.id;
    const [old] = await listAllSources(store);
    const moved = await claimOn(store, old!, '12th December 2017', me);
    const changed = await claimOn(store, old!, 'has had a positive affect on culture and practice', me);
    const orphan = await claimOn(
      store,
      old!,
      'An evaluation of Slough Children’s Services Trust is in progress.',
      me,
    );

    const asked = await importFiles(store, [edited]);
    expect(asked.outcomes).toEqual([
      expect.objectContaining({
        outcome: 'new-version',
        sourceId: old!.id,
        message: `Import “004-edited.txt” as a new version of “${old!.title}”?`,
      }),
    ]);
    expect(await store.db.sources.count()).toBe(1);

    const { outcomes } = await importFiles(store, [edited], { deps: { newVersionOf: old!.id } });
    expect(outcomes[0]).toMatchObject({ outcome: 'added' });
    expect(summariseImport(outcomes).lines[0]).toContain(
      '1 claim moved, 1 found with a changed quote (check it), 1 orphaned (kept, listed under “Orphans”).',
    );
    const next = (await listAllSources(store)).find((s) => s.id !== old!.id)!;
    expect(next.supersedes).toBe(old!.id);
    const claims = new Map((await store.db.claims.toArray()).map((c) => [c.id, c]));
    expect([...claims.values()].every((c) => c.sourceId === next.id)).toBe(true);
    expect(claims.get(moved.id)!.updatedAt > moved.updatedAt).toBe(true);
    expect(claims.get(changed.id)!.target.previousQuote).toBe(changed.target.selector[0].exact);
    expect(claims.get(orphan.id)!.target.orphaned).toBe(true);

    // The researcher re-selects the orphan's passage and checks the changed quote.
    const at = next.text.indexOf('However, it is too early');
    await reattachClaim(
      store,
      orphan.id,
      { source: next.id, selector: describeRange(next.text, at, at + 24) },
      { researcherId: me },
    );
    await confirmChangedQuote(store, changed.id, { researcherId: me });
    const after = new Map((await store.db.claims.toArray()).map((c) => [c.id, c]));
    expect(after.get(orphan.id)!.target).toEqual({
      source: next.id,
      selector: describeRange(next.text, at, at + 24),
    });
    expect(after.get(changed.id)!.target.previousQuote).toBeUndefined();
    const lib = await readLibrary(store);
    expect(validateLibrary(lib)).toEqual({ ok: true });
  });

  it('adds the file as a separate source when told so', async () => {
    const { store } = freshStore();
    await importFiles(store, [readCorpusFile('documents', (n) => n.startsWith('004_'))]);
    const { outcomes } = await importFiles(store, [edited], { deps: { separate: true } });
    expect(outcomes[0]).toMatchObject({ outcome: 'added' });
    const sources = await store.db.sources.toArray();
    expect(sources).toHaveLength(2);
    expect(sources.every((s) => s.supersedes === undefined)).toBe(true);
  });

  it('says in the import notice how many files wait for the question', () => {
    const waiting = {
      name: 'v2.txt',
      outcome: 'new-version' as const,
      sourceId: 'a',
      title: 'Report',
      message: 'Import “v2.txt” as a new version of “Report”?',
    };
    const added = { name: 'x.txt', outcome: 'added' as const, sourceId: 'b', title: 'X' };
    const cancelled = { name: 'y.txt', outcome: 'cancelled' as const };
    expect(summariseImport([waiting]).title).toBe('Import “v2.txt” as a new version of “Report”?');
    expect(summariseImport([added, waiting]).title).toBe(
      'Imported 1 document. 1 file may be a new version of a source here: answer in the Library.',
    );
    expect(summariseImport([added, waiting, cancelled]).title).toBe(
      'Import cancelled: 1 document imported, 1 file not imported, 1 file waiting for your answer.',
    );
  });
});
