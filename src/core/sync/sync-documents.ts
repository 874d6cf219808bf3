// One CouchDB document per library record, and the check of every document that arrives from a server.
// The `_id` is the record type and the record's id (`claim:<id>`); the body holds the record whole under
// `record`, so CouchDB's own fields (`_id`, `_rev`, `_deleted`, `_attachments`) never mix with ours. A
// tombstone (`deleted: true`) is written as a CouchDB deletion (`_deleted`) that keeps its body, so the
// merge still sees who deleted it and when. A losing version removed by conflict resolution becomes a
// deletion whose body holds it under `lost`, so every client, whenever it syncs, can still list it for
// review. A document from the server is checked against our record schemas before it is used; one that
// fails is refused with a message and the rest go on.
import type { z } from 'zod';
import type { Library, Versioned } from '../model/records';
import { describeIssue, GENERIC_MESSAGE } from '../exchange/describe-issue';
import {
  briefingSchema,
  claimSchema,
  researcherSchema,
  sourceSchema,
  tagSchema,
} from '../exchange/record-schemas';
import type { TableName } from '../exchange/merge-libraries';

export const SYNC_TABLES: readonly TableName[] = ['researchers', 'tags', 'sources', 'claims', 'briefings'];

/** The document type of each table: the `_id` prefix and the `type` field. */
export const DOC_TYPES: Record<TableName, string> = {
  researchers: 'researcher',
  tags: 'tag',
  sources: 'source',
  claims: 'claim',
  briefings: 'briefing',
};
const TABLE_OF_TYPE = new Map(Object.entries(DOC_TYPES).map(([table, type]) => [type, table as TableName]));
const SCHEMAS: Record<TableName, z.ZodType> = {
  researchers: researcherSchema,
  tags: tagSchema,
  sources: sourceSchema,
  claims: claimSchema,
  briefings: briefingSchema,
};

/** A record as a document body (without `_rev`), as written to the local database. */
export type RecordDoc = {
  _id: string;
  _rev?: string;
  _deleted?: true;
  type: string;
  record?: Versioned;
  lost?: Versioned;
};

export function docIdOf(table: TableName, id: string): string {
  return `${DOC_TYPES[table]}:${id}`;
}

/** The table and record id a document id names, or null for any other document (a design doc, say). */
export function parseDocId(docId: string): { table: TableName; id: string } | null {
  const colon = docId.indexOf(':');
  const table = colon > 0 ? TABLE_OF_TYPE.get(docId.slice(0, colon)) : undefined;
  return table ? { table, id: docId.slice(colon + 1) } : null;
}

/** The document for a record's current version: a deletion that keeps its body when it is a tombstone. */
export function recordToDoc(table: TableName, record: Versioned, rev?: string): RecordDoc {
  const doc: RecordDoc = { _id: docIdOf(table, record.id), type: DOC_TYPES[table], record };
  if (rev !== undefined) doc._rev = rev;
  if (record.deleted) doc._deleted = true;
  return doc;
}

/** The deletion that replaces a losing leaf in conflict resolution, keeping the lost version for review. */
export function lostVersionDoc(docId: string, rev: string, type: string, lost: Versioned): RecordDoc {
  return { _id: docId, _rev: rev, _deleted: true, type, lost };
}

export type ReadDoc =
  | { kind: 'record'; table: TableName; record: Versioned }
  | { kind: 'lost'; table: TableName; record: Versioned }
  | { kind: 'other' }
  | { kind: 'refused'; docId: string; message: string };

/**
 * A document from the server, checked: the record it carries (current or lost), `other` for documents
 * that are not ours (design documents, PDF originals), or refused with a message that names the document.
 */
export function readDoc(doc: unknown): ReadDoc {
  const body = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  const docId = typeof body._id === 'string' ? body._id : '(no _id)';
  const parsedId = parseDocId(docId);
  if (!parsedId) return { kind: 'other' };
  const refuse = (why: string): ReadDoc => ({
    kind: 'refused',
    docId,
    message: `Document ${docId} on the server was not taken: ${why}.`,
  });
  if (body.type !== DOC_TYPES[parsedId.table])
    return refuse(`its type is not "${DOC_TYPES[parsedId.table]}"`);
  const extra = Object.keys(body).filter(
    (k) => !k.startsWith('_') && !['type', 'record', 'lost'].includes(k),
  );
  if (extra.length > 0) return refuse(`it has fields we do not know (${extra.join(', ')})`);
  const field = body.record !== undefined ? 'record' : body.lost !== undefined ? 'lost' : null;
  if (field === null) {
    // A bare deletion (a losing branch removed before `lost` bodies, or by another tool) carries nothing.
    return body._deleted === true ? { kind: 'other' } : refuse('it holds no record');
  }
  const parsed = SCHEMAS[parsedId.table].safeParse(body[field], { error: () => GENERIC_MESSAGE });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(`its ${field} is not valid: ${describeIssue(issue, body[field])}`);
  }
  const record = parsed.data as Versioned;
  if (record.id !== parsedId.id) return refuse(`its record's id is ${record.id}, not ${parsedId.id}`);
  if (field === 'record' && record.deleted !== (body._deleted === true)) {
    return refuse('its record is a tombstone exactly when the document is deleted, and here it is not');
  }
  return { kind: field, table: parsedId.table, record };
}

/** An empty library, to collect records into by table. */
export function emptyLibrary(): Library {
  return { researchers: [], tags: [], sources: [], claims: [], briefings: [] };
}
