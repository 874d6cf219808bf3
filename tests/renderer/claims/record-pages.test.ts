// The Claims list's records read a page at a time over a real database (fake-indexeddb, Dexie's live
// queries): the rows shown get their records, a scroll through a long list asks storage once per page and
// not once per card, pages out of reach are let go, an edit reaches the card that shows it, and a new
// list keeps the records it can while its pages are read.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/model/records';
import {
  PAGE_SIZE,
  RecordPages,
  type WatchRecords,
} from '../../../src/renderer/features/claims/record-pages';
import { deleteClaim, getClaims } from '../../../src/renderer/storage/claims';
import { closeStore, type Store } from '../../../src/renderer/storage/database';
import { watchQuery } from '../../../src/renderer/storage/live-query';
import { FIRST_DOC, makeClaim, makeCorpusSource } from '../../core/exchange/library-builders';
import { freshStore } from '../storage/storage-kit';

const source = makeCorpusSource(FIRST_DOC);
const ids = Array.from({ length: 1_000 }, (_, i) => `claim-${String(i).padStart(4, '0')}`);
const actor = { researcherId: 'r-1' };

async function libraryStore(): Promise<Store> {
  const { store } = freshStore();
  await store.db.sources.add(source);
  await store.db.claims.bulkAdd(ids.map((id) => makeClaim(source, '£11.22m', { id, note: `note ${id}` })));
  return store;
}

/** The storage watcher the app uses, counting the reads it starts. */
function countingWatch(store: Store) {
  const asked: string[][] = [];
  const watch: WatchRecords<Claim> = (want, next) => {
    asked.push([...want]);
    return watchQuery(() => getClaims(store, want), next);
  };
  return { watch, asked };
}

/** Waits until every row in first..last has its record. */
async function settled(pages: RecordPages<Claim>, first: number, last: number): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    let ready = true;
    for (let i = first; i <= last; i += 1) if (!pages.get(i)) ready = false;
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`rows ${first}..${last} never got their records`);
}

describe('RecordPages', () => {
  it('gives the rows shown their own records, and none to rows far from view', async () => {
    const store = await libraryStore();
    const pages = new RecordPages(ids, countingWatch(store).watch);
    pages.show(120, 140);
    await settled(pages, 120, 140);
    for (let i = 120; i <= 140; i += 1) expect(pages.get(i)?.id).toBe(ids[i]);
    expect(pages.get(900)).toBeUndefined();
    pages.close();
    closeStore(store);
  });

  it('reads a page of fifty at a time while scrolling, ahead of the rows shown, and lets pages go', async () => {
    const store = await libraryStore();
    const { watch, asked } = countingWatch(store);
    const pages = new RecordPages(ids, watch);
    // A scroll through the list, one row a frame, twenty rows in view.
    for (let first = 0; first + 20 < ids.length; first += 1) {
      pages.show(first, first + 20);
      // The row about to scroll in is on a page already asked for.
      const next = ids[first + 21];
      if (next) expect(asked.some((page) => page.includes(next))).toBe(true);
    }
    expect(asked.length).toBe(ids.length / PAGE_SIZE);
    expect(asked.every((page) => page.length === PAGE_SIZE)).toBe(true);
    expect(pages.watched).toBeLessThanOrEqual(3);
    await settled(pages, 970, 999);
    expect(pages.get(10)).toBeUndefined();
    pages.close();
    closeStore(store);
  });

  it('keeps the page of a selected row far from view', async () => {
    const store = await libraryStore();
    const pages = new RecordPages(ids, countingWatch(store).watch);
    pages.show(0, 20, [777]);
    await settled(pages, 777, 777);
    expect(pages.get(777)?.id).toBe(ids[777]);
    pages.close();
    closeStore(store);
  });

  it('tells its listeners when a claim shown is edited or deleted elsewhere', async () => {
    const store = await libraryStore();
    const pages = new RecordPages(ids, countingWatch(store).watch);
    pages.show(0, 20);
    await settled(pages, 0, 20);
    let told = 0;
    pages.subscribe(() => (told += 1));
    const before = pages.get(5);
    await store.db.claims.update(ids[5] ?? '', { note: 'changed in another window' });
    for (let tries = 0; tries < 200 && pages.get(5)?.note !== 'changed in another window'; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pages.get(5)?.note).toBe('changed in another window');
    expect(pages.get(5)).not.toBe(before);
    expect(told).toBeGreaterThan(0);
    await deleteClaim(store, ids[6] ?? '', actor);
    for (let tries = 0; tries < 200 && pages.get(6) !== undefined; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pages.get(6)).toBeUndefined();
    pages.close();
    closeStore(store);
  });

  it('starts a new list from the records the last one held, before its own pages are read', async () => {
    const store = await libraryStore();
    const pages = new RecordPages(ids, countingWatch(store).watch);
    pages.show(0, 20);
    await settled(pages, 0, 20);
    // A claim added at the top moves every row down by one.
    const moved = ['claim-new', ...ids];
    const never: WatchRecords<Claim> = () => () => undefined;
    const next = new RecordPages(moved, never, pages);
    expect(next.get(1)?.id).toBe(ids[0]);
    expect(next.get(21)?.id).toBe(ids[20]);
    expect(next.get(0)).toBeUndefined();
    expect(next.get(500)).toBeUndefined();
    pages.close();
    closeStore(store);
  });
});
