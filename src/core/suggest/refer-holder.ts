// Whose view a clause is when its subject does not name them: a pronoun or description resolved to the
// document's voice or the body named last, a quotation's speaker named after it closes, and the tests that
// tell a subject found past the cue (so not the cue's holder) from the holder.

import { resolveReference, speakerAfterQuote, type Subject } from './actors';
import { classifyClause } from './classify-stance';
import type { Clause } from './clauses';
import type { Span } from './text-spans';
import { speedUpCaseless } from './caseless-patterns';

// the document's own voice: the speaker ("I", "we", a speech's generic "you"), a petition's "Petitioners", and the impersonal "it is
// unfair", "this is the right reform", whose verdict is the speaker's and not the thing's
const FIRST_PERSON = /^(?:I|we|my|our)(?:[’'](?:d|s|re|ll|ve|m))?$/iu;
const OWN_VOICE =
  /^(?:(?:I|we|my|our|you)(?:[’'](?:d|s|re|ll|ve|m))?|the petitioners?|it(?:[’']s)?|this|that|these|those|there|here)$/iu;
const QUOTE_LOOKAHEAD = 2000;
const MEMBER_REFERENCE = speedUpCaseless(
  /\b(?:hon\.?|honourable|noble|gallant)[ \u00a0]+(?:and[ \u00a0]+\w+[ \u00a0]+)?(?:friends?|gentleman|lady|member|lord|baroness)$/iu,
);

// whom a pronoun or description stands for: the document's voice for its own ("I", "it is unfair"); a
// first person nobody is named for stays unresolved (the last heading is not its speaker); else the body
// named last
export function refer(
  reference: string,
  voice: string | undefined,
  recent: readonly string[],
): string | undefined {
  if (voice && OWN_VOICE.test(reference)) return voice;
  // "my right hon. Friends", "the hon. Gentleman": another member, whom the words do not name
  if (MEMBER_REFERENCE.test(reference)) return undefined;
  if (FIRST_PERSON.test(reference)) return undefined;
  return resolveReference(reference, recent) ?? voice;
}

// found by an auxiliary after the cue ("..., as we do"); a reporting verb after it is a trailing
// attribution ("Schools need £1bn, unions warn"), and a subject past the clause's end is the main
// clause's, which a concession before it shares
export function afterCue(subject: Subject, cueEnd: number, clauseLength: number): boolean {
  return (
    subject.auxiliary === true &&
    subject.end !== undefined &&
    subject.end > cueEnd + 1 &&
    subject.end <= clauseLength
  );
}

export function insideComplement(clause: string, subject: Subject, cueStart: number | undefined): boolean {
  if (subject.pronoun || cueStart === undefined) return false;
  const at = clause.indexOf(subject.actor);
  return at > cueStart && /\bthat\b/u.test(clause.slice(cueStart, at));
}

// a concession that carries its own cue ("Although in favour of the proposals, ...") is its own statement
export function withConcession(text: string, clause: Clause): Clause[] {
  const concession = clause.concession as Span;
  const own = classifyClause(text.slice(concession.start, concession.end));
  if (!own) return [clause];
  return [{ ...concession }, { start: clause.start, end: clause.end }];
}

export function speakerOfQuote(text: string, from: number): string | undefined {
  const close = text.indexOf('”', from);
  if (close < 0 || close - from > QUOTE_LOOKAHEAD) return undefined;
  return speakerAfterQuote(text.slice(close, close + 120));
}

/** "My Administration urges ...", "Our union welcomes ...": the speaker's own body speaks for the speaker, who
 * is the document's voice; without a voice the subject stays as written. */
export function ownBody(subject: Subject | undefined, voice: string | undefined): Subject | undefined {
  return subject && voice && !subject.pronoun && /^(?:my|our)[ \u00a0]+\p{L}/iu.test(subject.actor)
    ? { actor: voice, pronoun: false }
    : subject;
}
