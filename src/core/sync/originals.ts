// PDF originals through sync: each source's original file is an attachment of its own document
// (`original:<sourceId>`), sent with the rest of the library but never pulled by replication, so a
// client downloads the bytes of a PDF only when the researcher opens it (fetchOriginal). The source
// record itself, with its text, always travels: a PDF without its bytes still reads as text.
import type { PouchLike } from './pouch-types';

export const ORIGINAL_PREFIX = 'original:';
const ATTACHMENT = 'original';

/** The library's originals, when the host keeps them (the app does; a bundle does not). */
export type OriginalsPort = {
  /** Ids of the sources whose original bytes are kept here. */
  listOriginals(): Promise<string[]>;
  readOriginal(sourceId: string): Promise<{ bytes: Uint8Array; contentType: string } | undefined>;
};

/** Replication's filter for pulls: every document but originals (fetched on demand instead). */
export function isPulledDoc(doc: { _id: string }): boolean {
  return !doc._id.startsWith(ORIGINAL_PREFIX);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes: the one attachment form PouchDB takes both in Node and in browsers. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += b === undefined ? '=' : BASE64[(n >> 6) & 63]!;
    out += c === undefined ? '=' : BASE64[n & 63]!;
  }
  return out;
}

/** Writes the originals the local database lacks; `sent` remembers those already there. */
export async function pushOriginals(
  local: PouchLike,
  port: OriginalsPort,
  sent: Set<string>,
): Promise<number> {
  if (sent.size === 0) {
    const existing = await local.allDocs({ startkey: ORIGINAL_PREFIX, endkey: `${ORIGINAL_PREFIX}\uffff` });
    for (const row of existing.rows) sent.add(row.id.slice(ORIGINAL_PREFIX.length));
  }
  const docs: object[] = [];
  for (const sourceId of await port.listOriginals()) {
    if (sent.has(sourceId)) continue;
    const original = await port.readOriginal(sourceId);
    if (!original) continue;
    docs.push({
      _id: `${ORIGINAL_PREFIX}${sourceId}`,
      type: 'original',
      _attachments: { [ATTACHMENT]: { content_type: original.contentType, data: toBase64(original.bytes) } },
    });
  }
  if (docs.length === 0) return 0;
  const results = await local.bulkDocs(docs);
  let written = 0;
  results.forEach((result, i) => {
    // A conflict means another client sent the same original first: it is there either way.
    if (result.ok || result.status === 409) {
      sent.add((docs[i] as { _id: string })._id.slice(ORIGINAL_PREFIX.length));
      written += result.ok ? 1 : 0;
    }
  });
  return written;
}

/** A source's original bytes: from the local database if it has them, else from the server; undefined if neither. */
export async function fetchOriginal(
  local: PouchLike,
  remote: PouchLike,
  sourceId: string,
): Promise<Uint8Array | undefined> {
  for (const db of [local, remote]) {
    try {
      return await toBytes(await db.getAttachment(`${ORIGINAL_PREFIX}${sourceId}`, ATTACHMENT));
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return undefined;
}

/** An attachment as bytes: PouchDB gives a Buffer in Node and a Blob in browsers. */
async function toBytes(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const blob = data as { arrayBuffer(): Promise<ArrayBuffer> };
  return new Uint8Array(await blob.arrayBuffer());
}
