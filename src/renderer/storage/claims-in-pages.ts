// All the claims of one source read a page at a time, in order of where they start in its text (the
// [sourceId+textStart] index), so reading a source's 20,000 claims is a series of short tasks rather than
// one long one: each page's records are handed to the page as they arrive, and the thread is free between
// pages. Claims stored at the same start are never skipped or repeated across a page boundary. The index
// holds every claim (storage/claim-text-start); if it ever held fewer than the source's status index does,
// the read falls back to that index, so no claim is ever dropped.
import { Dexie } from 'dexie';
import type { Claim, ClaimStatus } from '../../core/model/records';
import { CLAIMS_BY_TEXT_START, textStartOf } from './claim-text-start';
import type { Store } from './database';
import { listClaimsOfSource, sortNewestFirst } from './listed-claims';

export const CLAIMS_PAGE = 2_000;

/** Every claim of the source (any status, tombstones too) in pages, by where it starts, then by id. */
async function readAllByStart(store: Store, sourceId: string, pageSize: number): Promise<Claim[]> {
  const { claims } = store.db;
  const read: Claim[] = [];
  let lower = -Infinity;
  let includeLower = true;
  // Ids already read that start at `lower`: the next page starts there again and skips them.
  let atLower = new Set<string>();
  for (;;) {
    const page = await claims
      .where(CLAIMS_BY_TEXT_START)
      .between([sourceId, lower], [sourceId, Dexie.maxKey], includeLower, true)
      .limit(pageSize)
      .toArray();
    for (const claim of page) if (!atLower.has(claim.id)) read.push(claim);
    if (page.length < pageSize) return read;
    const last = textStartOf(page[page.length - 1]!) ?? lower;
    if (last === lower) {
      // A whole page at one start: read the rest of that start at once, then go on past it.
      const done = new Set(atLower);
      for (const claim of page) done.add(claim.id);
      const same = await claims.where(CLAIMS_BY_TEXT_START).equals([sourceId, lower]).toArray();
      for (const claim of same) if (!done.has(claim.id)) read.push(claim);
      includeLower = false;
      atLower = new Set();
      continue;
    }
    lower = last;
    includeLower = true;
    atLower = new Set(page.filter((c) => textStartOf(c) === last).map((c) => c.id));
  }
}

/** The live claims of the source with one of the statuses, newest first, read in pages. */
export async function listClaimsOfSourceInPages(
  store: Store,
  sourceId: string,
  statuses: readonly ClaimStatus[],
  pageSize = CLAIMS_PAGE,
): Promise<Claim[]> {
  const all = await readAllByStart(store, sourceId, pageSize);
  const wanted = all.filter((c) => statuses.includes(c.status));
  // The status index counts keys only: cheap, and the check that the position index missed nothing.
  const counts = await Promise.all(
    statuses.map((status) => store.db.claims.where('[sourceId+status]').equals([sourceId, status]).count()),
  );
  if (counts.reduce((a, b) => a + b, 0) !== wanted.length)
    return listClaimsOfSource(store, sourceId, statuses);
  return sortNewestFirst(wanted.filter((c) => !c.deleted));
}
