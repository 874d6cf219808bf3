// Suggestions in IndexedDB, through the same path the app's "Suggest claims" takes (the suggester inline,
// then storage): stored as 'suggested' claims with their fields, accepted and rejected as newer versions,
// never suggested again once decided, and kept out of the Claims list, the Library's counts and briefings.
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../src/core/briefing/compose-briefing';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import type { Claim } from '../../../src/core/model/records';
import { deriveStatement } from '../../../src/core/suggest/derive-statement';
import { filterClaims, selectListedClaims } from '../../../src/renderer/features/claims/claim-filters';
import { NO_FILTERS } from '../../../src/renderer/store/slices/filters';
import { runInline } from '../../../src/renderer/features/suggestions/suggest-runner';
import { suggestSources } from '../../../src/renderer/features/suggestions/suggest-sources';
import { deleteClaim, listClaims, saveClaim } from '../../../src/renderer/storage/claims';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { countListedClaims } from '../../../src/renderer/storage/listed-claims';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { decideSuggestions, readSuggestionScores } from '../../../src/renderer/storage/suggestions';
import { freshStore, importFiles, readCorpusFile } from '../storage/storage-kit';

// The first corpus document; tests find spans in it by the suggester's own output, not by its wording.
async function storeWithSource() {
  const { store } = freshStore();
  const { researcher } = await importFiles(store, [readCorpusFile('documents', (n) => n.endsWith('.txt'))]);
  const [source] = await listWholeSources(store);
  if (!source) throw new Error('import failed');
  const actor = { researcherId: researcher.id };
  const suggest = () => suggestSources(store, [source], actor, runInline);
  return { store, researcher, source, actor, suggest };
}

const byKind = (claims: Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind);
const pending = (claims: Claim[]) => claims.filter((c) => c.status === 'suggested');

describe('suggestions storage', () => {
  it('stores each suggestion as a suggested claim with its typed fields and exact selectors', async () => {
    const { store, source, researcher, suggest } = await storeWithSource();
    const summary = await suggest();
    const claims = await listClaims(store);
    expect(summary.added).toBe(claims.length);
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      expect(claim.status).toBe('suggested');
      expect(claim.createdBy).toBe(researcher.id);
      expect(claim.note).toBe('');
      expect(claim.tagIds).toEqual([]);
      const [quote, position] = claim.target.selector;
      expect(source.text.slice(position.start, position.end)).toBe(quote.exact);
    }
    const figure = byKind(claims, 'figure').find((c) => c.fields.unit === 'GBP');
    expect(figure?.fields.value).toBeGreaterThan(0);
    const date = byKind(claims, 'date')[0];
    expect(date?.fields.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(date?.fields.precision).toBeDefined();
    // every stance has its position; this document's views are its unnamed author's, so no actor is stored
    // (the finder's tests cover actors)
    const stances = byKind(claims, 'stance');
    expect(stances.length).toBeGreaterThan(0);
    expect(stances.every((c) => Boolean(c.fields.stance) && c.fields.actor === undefined)).toBe(true);
    const scores = await readSuggestionScores(
      store,
      claims.map((c) => c.id),
    );
    expect(scores.size).toBe(claims.length);
    expect([...scores.values()].every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('accepts as a newer version that becomes a listed claim; rejects as rejected', async () => {
    const { store, actor, suggest } = await storeWithSource();
    await suggest();
    const [first, second] = await listClaims(store);
    if (!first || !second) throw new Error('too few suggestions');
    const later = { ...actor, now: '2099-01-01T00:00:00.000Z' };
    const [accepted] = await decideSuggestions(store, [first.id], 'accepted', later);
    await decideSuggestions(store, [second.id], 'rejected', later);
    expect(accepted?.status).toBe('accepted');
    expect(accepted?.updatedAt).toBe('2099-01-01T00:00:00.000Z');
    expect(accepted?.fields).toEqual(first.fields);
    expect(accepted?.statement).toBe(first.statement);
    const all = await listClaims(store);
    expect(all.find((c) => c.id === second.id)?.status).toBe('rejected');
    expect(selectListedClaims(all).map((c) => c.id)).toEqual([first.id]);
    expect(filterClaims(all, NO_FILTERS, null).map((c) => c.id)).toEqual([first.id]);
  });

  it('gives each suggestion its sentence as its statement, and an accepted one without a statement too', async () => {
    const { store, source, actor, suggest } = await storeWithSource();
    await suggest();
    const claims = await listClaims(store);
    for (const claim of claims) {
      const { start, end } = claim.target.selector[1];
      expect(claim.statement).toBe(deriveStatement(source.text, start, end));
      expect(claim.statement).toContain(claim.target.selector[0].exact.replace(/\s+/g, ' ').trim());
    }
    // a suggestion that came without one (merged from an older copy) gets its sentence when accepted
    const [first, second] = claims;
    await store.db.claims.bulkPut([
      { ...first!, statement: '' },
      { ...second!, statement: '' },
    ]);
    const [accepted] = await decideSuggestions(store, [first!.id], 'accepted', actor);
    const [rejected] = await decideSuggestions(store, [second!.id], 'rejected', actor);
    expect(accepted?.statement).toBe(first!.statement);
    expect(accepted?.statement).not.toBe('');
    expect(rejected?.statement).toBe('');
  });

  it('never overrides a decision already made', async () => {
    const { store, actor, suggest } = await storeWithSource();
    await suggest();
    const [first] = await listClaims(store);
    if (!first) throw new Error('no suggestions');
    await decideSuggestions(store, [first.id], 'accepted', actor);
    expect(await decideSuggestions(store, [first.id], 'rejected', actor)).toEqual([]);
    expect((await listClaims(store)).find((c) => c.id === first.id)?.status).toBe('accepted');
  });

  it('does not suggest a decided span again: accepted, rejected, deleted or a claim made by hand', async () => {
    const { store, source, actor, suggest } = await storeWithSource();
    const firstRun = await suggest();
    expect((await suggest()).added).toBe(0);

    const claims = await listClaims(store);
    const [accept, reject, rejectThenDelete] = claims;
    if (!accept || !reject || !rejectThenDelete) throw new Error('too few suggestions');
    await decideSuggestions(store, [accept.id], 'accepted', actor);
    await decideSuggestions(store, [reject.id, rejectThenDelete.id], 'rejected', actor);
    await deleteClaim(store, rejectThenDelete.id, actor);
    // Everything else is removed from the database, so a new run must offer exactly those again.
    const others = claims.slice(3);
    await store.db.claims.bulkDelete(others.map((c) => c.id));
    const secondRun = await suggest();
    expect(secondRun.added).toBe(firstRun.added - 3);
    const again = await listClaims(store);
    expect(
      again.filter(
        (c) => c.target.selector[1].start === reject.target.selector[1].start && c.kind === reject.kind,
      ),
    ).toHaveLength(1);

    // A claim saved by hand on a suggested span, of the same kind, also counts as decided.
    const figure = others.find((c) => c.kind === 'figure');
    if (!figure) throw new Error('no figure suggestion');
    await store.db.claims.clear();
    await saveClaim(
      store,
      {
        sourceId: source.id,
        target: figure.target,
        kind: 'figure',
        fields: {},
        statement: '',
        tagIds: [],
        note: '',
      },
      actor,
    );
    await suggest();
    const atFigure = (await listClaims(store)).filter(
      (c) => c.kind === 'figure' && c.target.selector[1].start === figure.target.selector[1].start,
    );
    expect(atFigure.map((c) => c.status)).toEqual(['accepted']);
  });

  it('keeps suggestions out of the library counts and briefings, and carries them in bundles', async () => {
    const { store, source, actor, suggest } = await storeWithSource();
    await suggest();
    const claims = await listClaims(store);
    const figure = byKind(claims, 'figure')[0];
    const rejected = claims.find((c) => c !== figure);
    if (!figure || !rejected) throw new Error('too few suggestions');
    expect(await countListedClaims(store, { sourceId: source.id })).toBe(0);
    await decideSuggestions(store, [figure.id], 'accepted', actor);
    await decideSuggestions(store, [rejected.id], 'rejected', actor);
    const after = await listClaims(store);
    expect(await countListedClaims(store, { sourceId: source.id })).toBe(1);

    const briefing = composeBriefing({
      title: 'B',
      claims: after,
      sources: [source],
      style: 'harvard',
      generatedAt: '2030-01-01T00:00:00.000Z',
    });
    expect(briefing.citations.map((c) => [c.n, c.quote])).toEqual([[1, figure.target.selector[0].exact]]);

    const parsed = parseBundle(
      serialiseBundle(createBundle(await readLibrary(store), '2030-01-01T00:00:00.000Z')),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const statuses = new Set(parsed.bundle.library.claims.map((c) => c.status));
    expect(statuses).toEqual(new Set(['suggested', 'accepted', 'rejected']));
    expect(pending(parsed.bundle.library.claims)).toHaveLength(claims.length - 2);
  });
});
