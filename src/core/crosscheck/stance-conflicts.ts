// Conflicts of position: the same actor supporting and opposing the same topic, in one source or two.
// Actors are compared by name without case, accents, possessive "'s", a leading "the" or punctuation
// ("Barnardo’s" = "barnardos" = "The Barnardo's"). Topics are compared by their content words (function
// words dropped, plurals and possessives reduced): two topics are the same when at least half of the
// shorter one's words are in the other ("profit in child protection" and "profits from child
// protection work"). Mixed, neutral and unsure positions oppose nothing.
import type { Claim } from '../model/records';
import type { Conflict, ReadClaim, StanceRef } from './cross-check-types';
import { inReadingOrder } from './corroborations';

const FUNCTION_WORDS = new Set(
  `a an the of in on at to for from by with about and or but not no nor as is are be been being was were
  that this these those it its their there whether which who whom whose what any all some more most such
  into onto over under than then so also very can could should would may might must will shall do does
  did has have had being allowing allow against towards toward upon within without`.split(/\s+/),
);

export function readStance(claim: Claim): StanceRef | undefined {
  const { actor, stance, topic } = claim.fields;
  if (claim.kind !== 'stance' || !actor?.trim() || !stance) return undefined;
  return {
    claimId: claim.id,
    sourceId: claim.sourceId,
    actor: actor.trim(),
    stance,
    topic: topic?.trim() ?? '',
  };
}

export function findStanceConflicts(stances: ReadClaim<StanceRef>[]): Conflict[] {
  const conflicts: Conflict[] = [];
  let side: ActorPositions | null = null;
  visitStanceConflicts(stances, {
    actor: (positions) => (side = positions),
    pair: (i, j) => {
      conflicts.push(stanceConflict(side!.support[i]!, side!.oppose[j]!));
    },
  });
  return conflicts;
}

/** A support and an opposition that conflict, as a pair. */
export function stanceConflict(a: ReadClaim<StanceRef>, b: ReadClaim<StanceRef>): Conflict {
  return { kind: 'stance', claimIds: [a.claim.id, b.claim.id], stances: [a.ref, b.ref] };
}

/** One actor's positions, by its name as normalised: support and opposition, each in reading order. */
export type ActorPositions = {
  key: string;
  support: ReadClaim<StanceRef>[];
  oppose: ReadClaim<StanceRef>[];
};

/** Each actor's conflicting pairs, as indices into its support (i) and its opposition (j). */
export type StanceConflictVisitor = {
  actor: (positions: ActorPositions) => void;
  pair: (i: number, j: number) => void;
};

/**
 * Walks the conflicting pairs, actor by actor in the order the actors first come, each actor's support
 * by its opposition in reading order. Nothing is allocated per pair.
 */
export function visitStanceConflicts(
  stances: readonly ReadClaim<StanceRef>[],
  visit: StanceConflictVisitor,
): void {
  const byActor = new Map<string, ReadClaim<StanceRef>[]>();
  for (const s of stances) {
    if (s.ref.stance !== 'support' && s.ref.stance !== 'oppose') continue;
    const key = normaliseActor(s.ref.actor);
    if (!key) continue;
    const group = byActor.get(key);
    if (group) group.push(s);
    else byActor.set(key, [s]);
  }
  // Each topic's words once, not once per pair compared.
  const words = new Map<string, Set<string>>();
  const wordsOf = (topic: string) => words.get(topic) ?? words.set(topic, topicWords(topic)).get(topic)!;
  for (const [key, group] of byActor) {
    const support = group.filter((s) => s.ref.stance === 'support').sort(inReadingOrder);
    const oppose = group.filter((s) => s.ref.stance === 'oppose').sort(inReadingOrder);
    visit.actor({ key, support, oppose });
    const opposed = oppose.map((b) => wordsOf(b.ref.topic));
    for (let i = 0; i < support.length; i++) {
      const topic = wordsOf(support[i]!.ref.topic);
      for (let j = 0; j < oppose.length; j++) if (shareTopic(topic, opposed[j]!)) visit.pair(i, j);
    }
  }
}

export function normaliseActor(actor: string): string {
  return actor
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function topicWords(topic: string): Set<string> {
  const words = new Set<string>();
  for (const raw of normaliseActor(topic).split(' ')) {
    if (raw.length < 3 || FUNCTION_WORDS.has(raw)) continue;
    words.add(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return words;
}

export function sameTopic(a: string, b: string): boolean {
  return shareTopic(topicWords(a), topicWords(b));
}

function shareTopic(wa: Set<string>, wb: Set<string>): boolean {
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared > 0 && shared * 2 >= Math.min(wa.size, wb.size);
}
