// Suggested claims. A suggestion is stored as a Claim with status 'suggested' (and stays one when rejected,
// with status 'rejected'), so it persists, merges and travels in bundles like every record. Adding skips any
// span that already has a claim of the same kind at the same offsets in that source (and, for a stance, the
// same actor: core's suggestionSpotKey), whatever its status or deleted flag: a decided suggestion,
// accepted or rejected, is never offered again.
import { describeRange } from '../../core/anchoring/describe-range';
import { createId } from '../../core/ids';
import type { Claim, Source } from '../../core/model/records';
import { stampCreatedVersion, stampVersion } from '../../core/model/version-stamp';
import { deriveStatement } from '../../core/suggest/derive-statement';
import { suggestionSpotKey, type SuggestedClaim } from '../../core/suggest/suggestion-fields';
import { actingNow, type Actor } from './actor';
import type { Store } from './database';

/** One suggester result, ready to store: core's suggestion -> claim mapping (toSuggestedClaim). */
export type SuggestedSpan = Omit<SuggestedClaim, 'text'>;

export type SuggestionDecision = 'accepted' | 'rejected';

/** Stores the spans not yet known for this source as suggested claims; returns the claims added. */
export async function addSuggestions(
  store: Store,
  source: Source,
  spans: SuggestedSpan[],
  actor: Actor,
): Promise<Claim[]> {
  const { db } = store;
  const stamp = stampCreatedVersion(actingNow(actor));
  return db.transaction('rw', db.claims, db.suggestionScores, async () => {
    // Tombstones included: a deleted claim or a deleted rejection still says "decided".
    const existing = await db.claims.where('sourceId').equals(source.id).toArray();
    const known = new Set(
      existing.map((c) =>
        suggestionSpotKey(c.kind, c.target.selector[1].start, c.target.selector[1].end, c.fields),
      ),
    );
    const added: Claim[] = [];
    const scores: { id: string; confidence: number }[] = [];
    for (const span of spans) {
      const key = suggestionSpotKey(span.kind, span.start, span.end, span.fields);
      if (known.has(key) || span.end <= span.start || span.end > source.text.length) continue;
      known.add(key);
      const id = createId();
      scores.push({ id, confidence: span.confidence });
      added.push({
        id,
        sourceId: source.id,
        target: { source: source.id, selector: describeRange(source.text, span.start, span.end) },
        kind: span.kind,
        fields: span.fields,
        statement: span.statement,
        tagIds: [],
        note: '',
        status: 'suggested',
        ...stamp,
        deleted: false,
      });
    }
    await db.claims.bulkAdd(added);
    await db.suggestionScores.bulkPut(scores);
    return added;
  });
}

/**
 * Accepts or rejects suggestions, each as a newer version of the record. Only claims still 'suggested' and
 * not deleted change, so a decision made meanwhile (another window, a merge) is never overwritten. An
 * accepted suggestion without a statement (one made before claims had them) gets its sentence as one.
 */
export async function decideSuggestions(
  store: Store,
  ids: string[],
  decision: SuggestionDecision,
  actor: Actor,
): Promise<Claim[]> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.claims, db.sourceTexts, async () => {
    const current = await db.claims.bulkGet(ids);
    const open = current.filter((c): c is Claim => Boolean(c && c.status === 'suggested' && !c.deleted));
    const texts = new Map<string, string>();
    if (decision === 'accepted') {
      const missing = [...new Set(open.filter((c) => !c.statement.trim()).map((c) => c.sourceId))];
      const stored = await db.sourceTexts.bulkGet(missing);
      for (const source of stored) if (source) texts.set(source.id, source.text);
    }
    const changed = open.map((c) => {
      const text = texts.get(c.sourceId);
      const { start, end } = c.target.selector[1];
      const statement =
        text !== undefined && !c.statement.trim() ? deriveStatement(text, start, end) : c.statement;
      return { ...c, status: decision, statement, ...stampVersion(stamp, c) };
    });
    await db.claims.bulkPut(changed);
    return changed;
  });
}

/** The suggester's confidence for these suggested claims; claims merged in from elsewhere may have none. */
export async function readSuggestionScores(store: Store, ids: string[]): Promise<Map<string, number>> {
  const scores = await store.db.suggestionScores.bulkGet(ids);
  const map = new Map<string, number>();
  for (const score of scores) if (score) map.set(score.id, score.confidence);
  return map;
}
