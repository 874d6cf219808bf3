// Where a stored claim starts in its source's text, kept on the stored record as `textStart` (the start of
// its TextPositionSelector) so that the index [sourceId+textStart] can hand the reader the claims of the
// part of a text on screen without reading the source's other claims. The field is derived, so it is set
// in one place for every writer (save, edit, import, merge, sync, undo, upgrades): a Dexie middleware on
// the claims table that adds it to every record written and takes it off every record read, so nothing
// outside this module ever sees it (bundles, sync documents and the records' strict schema stay as they
// are). IndexedDB key paths cannot index into the selector array, hence the derived field.
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware, Table } from 'dexie';
import type { Claim } from '../../core/model/records';

export const TEXT_START = 'textStart';
export const CLAIMS_BY_TEXT_START = '[sourceId+textStart]';

type Stored = Claim & { textStart?: number };

/** The stored start of the claim's passage, if its target has a position selector. */
export function textStartOf(claim: Claim): number | undefined {
  const position = claim.target?.selector?.find((s) => s.type === 'TextPositionSelector');
  return position && Number.isFinite(position.start) ? position.start : undefined;
}

/** A copy of the claim with its derived field set (the caller's object is left as it was). */
export function withTextStart(claim: Claim): Stored {
  const start = textStartOf(claim);
  return start === undefined ? claim : { ...claim, textStart: start };
}

/** Sets the derived field of every stored claim (the schema 7 upgrade); records are otherwise unchanged. */
export function fillTextStarts(claims: Table<Claim, string>): Promise<number> {
  return claims.toCollection().modify((claim: Stored) => {
    const start = textStartOf(claim);
    if (start !== undefined) claim.textStart = start;
  });
}

/** Takes the derived field off a record read; it is the record's last key, which V8 removes cheaply. */
function stripped<T>(value: T): T {
  if (value !== null && typeof value === 'object' && TEXT_START in value)
    delete (value as Record<string, unknown>)[TEXT_START];
  return value;
}

function withStarts(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  return { ...req, values: req.values.map((v) => withTextStart(v as Claim)) };
}

function wrapCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => stripped(cursor.value) },
  }) as DBCoreCursor;
}

function wrapClaims(down: DBCoreTable): DBCoreTable {
  return {
    ...down,
    mutate: (req) => down.mutate(withStarts(req)),
    get: async (req) => stripped(await down.get(req)),
    getMany: async (req) => (await down.getMany(req)).map(stripped),
    query: async (req) => {
      const res = await down.query(req);
      if (req.values) for (const value of res.result) stripped(value);
      return res;
    },
    openCursor: async (req) => wrapCursor(await down.openCursor(req)),
  };
}

/** The middleware the database registers: claims gain `textStart` as written and lose it as read. */
export const claimTextStartMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ClaimTextStart',
  create: (down) => ({
    ...down,
    table: (name) => (name === 'claims' ? wrapClaims(down.table(name)) : down.table(name)),
  }),
};
