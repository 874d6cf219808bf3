// A source is stored in two parts (schema version 6): its entry in `sources` (title, format, metadata,
// page spans, version stamps: what the library and the claim cards show) and its text in `sourceTexts`,
// keyed by the same id. Listing 10,000 sources then reads kilobytes, not the 50 MB of their text, which is read only
// where a text is used (the open source, export, sync, search indexing, a briefing). The record on the
// wire (bundles, sync) stays whole: these functions split it on the way in and join it on the way out.
import type { Source } from '../../core/model/records';
import type { EvidenceDatabase, Store } from './database';

/**
 * A source as the `sources` table holds it: everything but its text. The page spans stay (a span per page,
 * small beside the text), since a claim card marks a passage on an OCR'd page from them.
 */
export type SourceEntry = Omit<Source, 'text'>;
/** A source's text, as the `sourceTexts` table holds it. */
export type SourceText = { id: string; text: string };

export function splitSource(source: Source): { entry: SourceEntry; text: SourceText } {
  const { text, ...entry } = source;
  return { entry, text: { id: source.id, text } };
}

/** The whole record again; a text that is not stored is an error, never an empty text. */
export function joinSource(entry: SourceEntry, text: SourceText | undefined): Source {
  if (!text) throw new Error(`The text of source “${entry.title}” is missing from the database.`);
  return { ...entry, text: text.text };
}

/** Writes whole sources as their two parts; the caller's transaction must include both tables. */
export async function putSources(db: EvidenceDatabase, sources: readonly Source[]): Promise<void> {
  if (sources.length === 0) return;
  const parts = sources.map(splitSource);
  await db.sourceTexts.bulkPut(parts.map((p) => p.text));
  await db.sources.bulkPut(parts.map((p) => p.entry));
}

/** Joins entries with their stored texts, in the entries' order. */
export async function withTexts(db: EvidenceDatabase, entries: readonly SourceEntry[]): Promise<Source[]> {
  const texts = await db.sourceTexts.bulkGet(entries.map((e) => e.id));
  return entries.map((entry, i) => joinSource(entry, texts[i]));
}

/** One whole source, deleted or not, or undefined when there is no such source. */
export async function getWholeSource(db: EvidenceDatabase, id: string): Promise<Source | undefined> {
  const [source] = await getWholeSources(db, [id]);
  return source;
}

/** Whole sources by id, deleted or not; undefined where there is no such source. */
export async function getWholeSources(
  db: EvidenceDatabase,
  ids: readonly string[],
): Promise<(Source | undefined)[]> {
  const keys = [...ids];
  const [entries, texts] = await Promise.all([db.sources.bulkGet(keys), db.sourceTexts.bulkGet(keys)]);
  return entries.map((entry, i) => (entry ? joinSource(entry, texts[i]) : undefined));
}

/** Every source whole, tombstones included (export, sync, the merge of an import). */
export async function readWholeSources(db: EvidenceDatabase): Promise<Source[]> {
  const [entries, texts] = await Promise.all([db.sources.toArray(), db.sourceTexts.toArray()]);
  const byId = new Map(texts.map((t) => [t.id, t]));
  return entries.map((entry) => joinSource(entry, byId.get(entry.id)));
}

/** The text of one source, for the reader and the claim form. */
export function getSourceText(store: Store, id: string): Promise<SourceText | undefined> {
  return store.db.sourceTexts.get(id);
}
