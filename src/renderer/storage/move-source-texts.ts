// The upgrade to schema version 6: every stored source's text moves out of its record into the
// `sourceTexts` table, a few hundred sources at a time so that a library of 10,000 never sits in memory
// whole. Nothing else about the record changes (its version stamps stay: moving is not an edit).
import type { Collection, Table } from 'dexie';
import type { Source } from '../../core/model/records';
import { splitSource, type SourceEntry, type SourceText } from './source-texts';

const BATCH = 200;

type Stored = Source | SourceEntry;

export async function moveSourceTexts(
  sources: Table<Stored, string>,
  texts: Table<SourceText, string>,
): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const range: Collection<Stored, string> =
      last === null ? sources.orderBy(':id') : sources.where(':id').above(last);
    const batch: Stored[] = await range.limit(BATCH).toArray();
    if (batch.length === 0) return;
    const whole = batch.filter((record): record is Source => 'text' in record);
    const parts = whole.map(splitSource);
    await texts.bulkPut(parts.map((p) => p.text));
    await sources.bulkPut(parts.map((p) => p.entry));
    last = batch[batch.length - 1]!.id;
  }
}
