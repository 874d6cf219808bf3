// The briefing worker's message handling, run in Node on fake-indexeddb: it reads the library from the
// database itself and composes the same document the dialog composed from the library data in the page
// (the storage module's lists), narrowed by the Claims list's filters or the saved filter when asked;
// progress comes before the answer; exports are the writers' output for that document.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { composeBriefing } from '../../../src/core/briefing/compose-briefing';
import { writeHtml } from '../../../src/core/briefing/writers/write-html';
import { writeMarkdown } from '../../../src/core/briefing/writers/write-markdown';
import type { Library } from '../../../src/core/model/records';
import type {
  BriefingReply,
  ComposeRequest,
} from '../../../src/renderer/features/briefing/briefing-protocol';
import { applyBriefingFilter } from '../../../src/core/briefing/briefing-claim-filter';
import {
  createBriefingHandler,
  type BriefingHandlerHost,
} from '../../../src/renderer/features/briefing/briefing-handler';
import { runBatch } from '../../../src/core/briefing/csl/format-citations';
import {
  readBriefingLibrary,
  type LibraryWithoutTexts,
} from '../../../src/renderer/features/briefing/read-briefing-library';
import { PREVIEW_CITATIONS, previewOf } from '../../../src/renderer/features/briefing/briefing-preview';
import { filterClaims, selectListedClaims } from '../../../src/renderer/features/claims/claim-filters';
import { listClaims } from '../../../src/renderer/storage/claims';
import { openStore, type Store } from '../../../src/renderer/storage/database';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { listTags } from '../../../src/renderer/storage/tags';
import { NO_FILTERS } from '../../../src/renderer/store/slices/filters';
import { freshStore, putLibrary } from '../storage/storage-kit';

const GENERATED_AT = '2026-01-01T00:00:00.000Z';
const DRAFT: ComposeRequest['draft'] = {
  title: 'Where the money goes',
  introduction: 'For the team.',
  sections: ['key-figures', 'timeline', 'positions', 'cross-checks', 'quotes'],
  claimFilter: {},
  style: 'harvard',
};

const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.db.close();
});

async function libraryStore(library: Library): Promise<Store> {
  const { store } = freshStore();
  opened.push(store);
  await putLibrary(store, library);
  return store;
}

function handlerFor(store: Store, runBatches?: BriefingHandlerHost['runBatches']) {
  const replies: BriefingReply[] = [];
  const handle = createBriefingHandler({
    ...(runBatches ? { runBatches } : {}),
    post: (reply) => replies.push(reply),
    openStore: (name) => {
      expect(name).toBe(store.db.name);
      const own = openStore(name);
      opened.push(own);
      return own;
    },
  });
  return { handle, replies };
}

/** What the dialog composed in the page, from the library data the panes are given. */
async function composedInPage(
  store: Store,
  pick = (claims: ReturnType<typeof selectListedClaims>) => claims,
) {
  const [claims, sources, tags] = await Promise.all([
    listClaims(store),
    listWholeSources(store),
    listTags(store),
  ]);
  const listed = pick(selectListedClaims(claims));
  const doc = composeBriefing({ ...DRAFT, claims: listed, sources, tags, generatedAt: GENERATED_AT });
  return { doc, count: listed.length, tags };
}

const compose = (store: Store, patch: Partial<ComposeRequest> = {}): ComposeRequest => ({
  type: 'compose',
  id: 1,
  databaseName: store.db.name,
  draft: DRAFT,
  onlyFiltered: null,
  generatedAt: GENERATED_AT,
  ...patch,
});

const library = buildLibrary({ seed: 7, sources: 12, claims: 160, sourceChars: 3_000, tags: 6 });

describe('the briefing worker', () => {
  it('composes from what it reads itself the document the page composed, after its progress', async () => {
    const store = await libraryStore(library);
    const { handle, replies } = handlerFor(store);
    await handle(compose(store));
    const { doc, count } = await composedInPage(store);
    expect(count).toBeGreaterThan(20);
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'progress', 'composed']);
    expect(replies.filter((r) => r.type === 'progress').map((r) => r.stage)).toEqual([
      'reading',
      'reading',
      'reading',
      'composing',
    ]);
    const answer = replies.at(-1);
    if (answer?.type !== 'composed') throw new Error('no briefing');
    expect(answer.claimCount).toBe(count);
    expect(answer.citationCount).toBe(doc.citations.length);
    expect(answer.preview).toEqual(previewOf(doc));

    replies.length = 0;
    await handle({ type: 'write', id: 2, format: 'md', links: 'web', hostPrintsPdf: false });
    expect(replies).toEqual([{ type: 'written', id: 2, output: writeMarkdown(doc) }]);
    replies.length = 0;
    await handle({ type: 'write', id: 3, format: 'pdf', links: 'desktop', hostPrintsPdf: true });
    expect(replies).toEqual([{ type: 'print', id: 3, html: writeHtml(doc, { links: 'desktop' }) }]);
  });

  it('formats again, in a new worker after a reload, only the references no earlier briefing formatted', async () => {
    const store = await libraryStore(library);
    // Each worker counts the sources citeproc formats for it (its batches, run here).
    const worker = () => {
      const counted = { sources: 0 };
      const { handle, replies } = handlerFor(store, (batches) => {
        for (const batch of batches) counted.sources += batch.items.length;
        return Promise.resolve(batches.map(runBatch));
      });
      const markdown = async () => {
        await handle(compose(store));
        await handle({ type: 'write', id: 2, format: 'md', links: 'web', hostPrintsPdf: false });
        const written = replies.at(-1);
        if (written?.type !== 'written') throw new Error('no briefing');
        return written.output;
      };
      return { counted, markdown };
    };
    const first = worker();
    const cited = (await composedInPage(store)).doc.references.length;
    expect(await first.markdown()).toBe(writeMarkdown((await composedInPage(store)).doc));
    expect(first.counted.sources).toBe(cited);

    const second = worker();
    expect(await second.markdown()).toBe(writeMarkdown((await composedInPage(store)).doc));
    expect(second.counted.sources).toBe(0);

    // An edited title gives its source's group a new key: that group alone is formatted, and the
    // briefing reads the new title.
    const edited = (await composedInPage(store)).doc.references[0]!.sourceId;
    const entry = (await store.db.sources.get(edited))!;
    await store.db.sources.put({ ...entry, metadata: { ...entry.metadata, title: 'A retitled report' } });
    const third = worker();
    const after = writeMarkdown((await composedInPage(store)).doc);
    expect(after).toContain('A retitled report');
    expect(await third.markdown()).toBe(after);
    expect(third.counted.sources).toBeGreaterThan(0);
    expect(third.counted.sources).toBeLessThan(cited);
  });

  it('stores the references of a large briefing’s start before the rest are formatted', async () => {
    const large = buildLibrary({ seed: 11, sources: 40, claims: 900, sourceChars: 1_500, tags: 8 });
    const store = await libraryStore(large);
    // The rest never comes back, as when "Cancel" ends the worker while they are formatted.
    const { handle, replies } = handlerFor(store, () => new Promise(() => undefined));
    void handle(compose(store));
    await vi.waitFor(() => expect(replies.at(-1)).toMatchObject({ stage: 'references' }), {
      timeout: 60_000,
    });
    expect(replies.some((r) => r.type === 'previewed')).toBe(true);
    expect(await store.db.citationGroups.count()).toBeGreaterThan(0);
  });

  it('narrows the claims by the Claims list’s filters and by the saved filter', async () => {
    const store = await libraryStore(library);
    const { handle, replies } = handlerFor(store);
    const sourceId = library.sources.find((s) => !s.deleted)!.id;
    const filters = { ...NO_FILTERS, kind: 'figure' as const, source: 'open' as const };
    await handle(compose(store, { onlyFiltered: { filters, openSourceId: sourceId } }));
    const { doc, count } = await composedInPage(store, (claims) => filterClaims(claims, filters, sourceId));
    const answer = replies.at(-1);
    if (answer?.type !== 'composed') throw new Error('no briefing');
    expect(count).toBeGreaterThan(0);
    expect(answer.claimCount).toBe(count);
    expect(answer.preview).toEqual(previewOf(doc));

    const quotes = { ...DRAFT, claimFilter: { kinds: ['quote' as const] } };
    await handle(compose(store, { id: 2, draft: quotes }));
    const reply = replies.at(-1);
    if (reply?.type !== 'composed') throw new Error('no briefing');
    const listed = selectListedClaims(await listClaims(store));
    expect(reply.claimCount).toBe(listed.filter((c) => c.kind === 'quote').length);
  });

  it('reads only what a saved filter covers, and composes the same briefing as from the whole library', async () => {
    const store = await libraryStore(library);
    const { handle, replies } = handlerFor(store);
    const live = library.sources.filter((s) => !s.deleted);
    const filters: ComposeRequest['draft']['claimFilter'][] = [
      { sourceIds: [live[0]!.id, live[3]!.id] },
      { kinds: ['figure', 'date'], sourceIds: [live[1]!.id] },
      { tagIds: [library.tags[0]!.id, library.tags[2]!.id] },
      { kinds: ['quote', 'stance'] },
      { kinds: ['figure'], tagIds: [library.tags[1]!.id] },
    ];
    for (const [i, claimFilter] of filters.entries()) {
      const draft = { ...DRAFT, claimFilter };
      replies.length = 0;
      await handle(compose(store, { id: 10 + i, draft }));
      const { doc, count } = await composedInPage(store, (claims) =>
        applyBriefingFilter(claims, claimFilter),
      );
      const answer = replies.at(-1);
      if (answer?.type !== 'composed') throw new Error(`no briefing for ${JSON.stringify(claimFilter)}`);
      expect(count).toBeGreaterThan(0);
      expect(answer.claimCount).toBe(count);
      await handle({ type: 'write', id: 100 + i, format: 'md', links: 'web', hostPrintsPdf: false });
      expect(replies.at(-1)).toEqual({ type: 'written', id: 100 + i, output: writeMarkdown(doc) });
    }
    // A briefing of one source reads that source alone.
    const oneSource = await readBriefingLibrary(store, null, () => {}, { sourceIds: [live[0]!.id] });
    expect(oneSource.sources.map((s) => s.id)).toEqual([live[0]!.id]);
    // The whole library's read hands over the claims and the sources' entries while the texts are read.
    let early: LibraryWithoutTexts | undefined;
    const whole = await readBriefingLibrary(
      store,
      null,
      () => {},
      {},
      (library) => (early = library),
    );
    expect(early?.claims).toEqual(whole.claims);
    expect(early?.sources.map((s) => s.id)).toEqual(whole.sources.map((s) => s.id));
    expect(early?.sources.some((s) => 'text' in s)).toBe(false);
    expect(whole.sources.every((s) => s.text.length > 0)).toBe(true);
  });

  it('finds the cross-checks among the claims both the Claims list and the saved filter keep', async () => {
    // The worker finds them while the texts are read, from the list's claims narrowed by the saved
    // filter; found among more claims, a conflict within the filter could be dropped from the print.
    const many = buildLibrary({ seed: 11, sources: 40, claims: 900, sourceChars: 1_500, tags: 8 });
    const store = await libraryStore(many);
    const { handle, replies } = handlerFor(store);
    const filters = { ...NO_FILTERS, kind: 'figure' as const };
    const claimFilter = { tagIds: [many.tags[0]!.id, many.tags[1]!.id] };
    await handle(
      compose(store, {
        draft: { ...DRAFT, claimFilter },
        onlyFiltered: { filters, openSourceId: null },
      }),
    );
    const { doc, count } = await composedInPage(store, (claims) =>
      applyBriefingFilter(filterClaims(claims, filters, null), claimFilter),
    );
    const crossChecks = doc.sections.find((section) => section.kind === 'cross-checks')!;
    const items = crossChecks.blocks.flatMap((block) => (block.type === 'list' ? block.items : []));
    expect(items.length).toBeGreaterThan(1);
    expect(count).toBeLessThan(selectListedClaims(await listClaims(store)).length / 2);
    await handle({ type: 'write', id: 2, format: 'md', links: 'web', hostPrintsPdf: false });
    expect(replies.at(-1)).toEqual({ type: 'written', id: 2, output: writeMarkdown(doc) });
  });

  it('asks IndexedDB for the texts before it finds the cross-checks, so the two overlap', async () => {
    const store = await libraryStore(library);
    const events: string[] = [];
    const prototype = globalThis.IDBObjectStore.prototype;
    const { get, getAll } = prototype;
    prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      events.push(`read ${this.name}`);
      return get.apply(this, args);
    };
    prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      events.push(`read ${this.name}`);
      return getAll.apply(this, args);
    };
    try {
      await readBriefingLibrary(
        store,
        null,
        () => {},
        {},
        () => events.push('cross-checks'),
      );
    } finally {
      Object.assign(prototype, { get, getAll });
    }
    expect(events).toContain('read sourceTexts');
    expect(events.indexOf('read sourceTexts')).toBeLessThan(events.indexOf('cross-checks'));
  });

  it('sends a large briefing’s start before the whole, reading as the whole briefing’s preview', async () => {
    const large = buildLibrary({ seed: 11, sources: 40, claims: 900, sourceChars: 1_500, tags: 8 });
    const store = await libraryStore(large);
    const { handle, replies } = handlerFor(store);
    for (const style of ['chicago', 'harvard', 'chicago'] as const) {
      replies.length = 0;
      const draft = { ...DRAFT, style };
      await handle(compose(store, { draft }));
      const [claims, sources, tags] = await Promise.all([
        listClaims(store),
        listWholeSources(store),
        listTags(store),
      ]);
      const listed = selectListedClaims(claims);
      const doc = composeBriefing({ ...draft, claims: listed, sources, tags, generatedAt: GENERATED_AT });
      expect(doc.citations.length).toBeGreaterThan(PREVIEW_CITATIONS);
      expect(replies.map((r) => (r.type === 'progress' ? r.stage : r.type))).toEqual([
        'reading',
        'reading',
        'reading',
        'composing',
        'previewed',
        'references',
        'composed',
      ]);
      const [previewed, composed] = [replies[4], replies[6]];
      if (previewed?.type !== 'previewed' || composed?.type !== 'composed') throw new Error('no briefing');
      expect(previewed.preview).toEqual(previewOf(doc));
      expect(composed.preview).toEqual(previewOf(doc));
      expect(previewed.citationCount).toBe(doc.citations.length);
      await handle({ type: 'write', id: 2, format: 'md', links: 'web', hostPrintsPdf: false });
      expect(replies.at(-1)).toEqual({ type: 'written', id: 2, output: writeMarkdown(doc) });
    }
  }, 120_000);

  it('says it has nothing to export before a briefing is composed', async () => {
    const store = await libraryStore(library);
    const { handle, replies } = handlerFor(store);
    await handle({ type: 'write', id: 5, format: 'md', links: 'web', hostPrintsPdf: false });
    expect(replies).toEqual([{ type: 'failed', id: 5, message: 'No briefing has been composed yet.' }]);
  });
});
