// Finds the positions actors take: sentence by sentence, clause by clause, a clause with a stance cue
// becomes a suggestion whose span is the clause, with its actor (named subject, speaker, or the actor
// last named) and topic. A clause that speaks for two actors ("LGA and ADASS continue to ...") gives one
// suggestion per actor over the same span.

import { headingName, resolveReference, speakerAfterQuote, type Subject, subjectOf } from './actors';
import { classifyClause } from './classify-stance';
import { holderOfCue } from './cue-subject';
import { afterTurnLabel, findVoices, type Voice, voiceAt } from './document-voice';
import { type Clause, splitClauses } from './clauses';
import { splitDemandItems } from './demand-items';
import { echoedReading } from './echoed-views';
import { splitSentences } from './sentences';
import { findGateHits, gatesWithin, opens } from './stance-gates';
import type { Found } from './suggestion';
import type { Span } from './text-spans';
import { fullerOfficeName, officeSubject } from './titled-holders';
import { topicOf } from './topics';

const MAX_RECENT_ACTORS = 20;
/** A word of more than three letters, captured when it is capitalised. */
const TITLE_WORD = /(?<![\p{L}\p{N}])(?:(\p{Lu})|\p{Ll})\p{L}{3,}/gu;
/** A stance is right only when its cue, its label and its holder all are: on texts never seen that is well
 * under the 95% a confidence of 0.8 promises, so no stance rule claims that much. */
const STANCE_CEILING = 0.75;
/** How far back (in characters) a named body can be referred to; prefill-claim.ts reads further back. */
const MAX_REFERENCE_DISTANCE = 2000;
// the document's own voice: the speaker ("I", "we", a speech's generic "you"), a petition's "Petitioners", and the impersonal "it is
// unfair", "this is the right reform", whose verdict is the speaker's and not the thing's
const FIRST_PERSON = /^(?:I|we|my|our)(?:[’'](?:d|s|re|ll|ve|m))?$/iu;
const OWN_VOICE =
  /^(?:(?:I|we|my|our|you)(?:[’'](?:d|s|re|ll|ve|m))?|the petitioners?|it(?:[’']s)?|this|that|these|those|there|here)$/iu;
const QUOTE_LOOKAHEAD = 2000;
/** A line this short, on its own and without closing punctuation, is a heading. */
const MAX_HEADING_WORDS = 14;
const MEMBER_REFERENCE =
  /\b(?:hon\.?|honourable|noble|gallant)[ \u00a0]+(?:and[ \u00a0]+\w+[ \u00a0]+)?(?:friends?|gentleman|lady|member|lord|baroness)$/iu;
const PASSIVE_CUE = /\bby$/;
const MOTION_CLAUSE =
  /^[“"‘']?(?:further[ \u00a0]+|also[ \u00a0]+)?(?:notes|declares|believes|requests|recognises|regrets|deplores)[ \u00a0]+that\b/iu;
const PRESCRIPTIVE =
  /^(?:should|must|ought|needs?[ \u00a0]+(?:\w+ly[ \u00a0]+)?to|ha(?:s|ve)[ \u00a0]+to)\b/i;
const ORGANISATION_NOUN =
  /\b(?:Board|Committee|Trust|Association|Council|Group|Services|Partnership|Company|Ltd|Network|Alliance|Federation|Society|Commission|Department|Office|Agency|Service|People|Families|Children)$/u;

/** `voices`: the document's voices when `text` is a window of it (offsets relative to `text`). */
export function findStances(text: string, voices: readonly Voice[] = findVoices(text)): Found[] {
  const found: Found[] = [];
  const recent: string[] = [];
  const recentAt: number[] = [];
  let at = 0;
  const remember = (actor: string) => {
    recent.push(actor);
    recentAt.push(at);
    if (recent.length > MAX_RECENT_ACTORS) {
      recent.shift();
      recentAt.shift();
    }
  };
  let inQuote = false;
  // lower-cased once for the gate scans; a slice of it is the sentence lower-cased whenever lower-casing
  // keeps every character's length (only the Greek final sigma looks past a sentence, and no gate word has one)
  const lowerText = text.toLowerCase();
  const lowerAligned = lowerText.length === text.length;
  for (const whole of splitSentences(text)) {
    // a transcript's turn opens with its speaker's label ("Mr. Name: I welcome ..."): the label is no part
    // of what is said
    const sentence = { start: afterTurnLabel(text, voices, whole.start, whole.end), end: whole.end };
    const s = text.slice(sentence.start, sentence.end);
    // a body named pages before is not what "it" or "the charity" refers to
    at = sentence.start;
    while ((recentAt[0] ?? at) < at - MAX_REFERENCE_DISTANCE) {
      recent.shift();
      recentAt.shift();
    }
    // inside quoted speech a capitalised first word ("Councils do not need ...") is not the speaker
    const startsInQuote = inQuote || /^[“"]/u.test(s);
    inQuote = quoteOpenAfter(s, inQuote);
    if (isOwnLine(text, sentence)) {
      const heading = headingName(s);
      if (heading) {
        remember(heading);
        continue;
      }
      // a title ("FACT SHEET: Biden-Harris Administration Announces Plan to ...") names, it does not argue;
      // nor does a section heading in sentence case ("Encouraging girls to study science")
      if (isTitle(s) || isSentenceHeading(s)) continue;
    }
    // the subject and speaker are worked out only for sentences that state a view or name a reporter
    let named: ReturnType<typeof subjectOf>;
    let speaker: string | undefined;
    let sentenceActor: string | undefined;
    let known = false;
    let voice: string | undefined;
    const learn = () => {
      if (known) return;
      known = true;
      voice = voiceAt(voices, sentence.start);
      // a petition's or motion's "further notes that X ..." is the petitioners' statement about X
      named = startsInQuote || MOTION_CLAUSE.test(s) ? undefined : subjectOf(s);
      const office = named || startsInQuote ? undefined : officeSubject(s);
      if (office) named = { actor: office, pronoun: false };
      if (named && !named.pronoun) named.actor = fuller(named.actor);
      // quoted speech is often attributed after the quote closes, sentences later ("...deserve.” Cllr X")
      speaker =
        startsInQuote || s.includes('“') ? speakerOfQuote(text, sentence.start) : speakerAfterQuote(s);
      // first person, or a verdict nobody is named for, speaks in the document's voice when it has one
      sentenceActor =
        named && !named.pronoun
          ? named.actor
          : (speaker ?? (named ? refer(named.actor, voice, recent) : (voice ?? recent[recent.length - 1])));
    };
    // "the Vice President", "the Secretary of State": the office's holder as named before
    const fuller = (holder: string) =>
      fullerOfficeName(holder, [voice, ...recent], text, sentence.start) ?? holder;
    const gates = lowerAligned
      ? findGateHits(s, lowerText.slice(sentence.start, sentence.end))
      : findGateHits(s);
    if (opens(gatesWithin(gates, 0, s.length), 'reporting')) learn();
    for (const clause of splitClauses(text, sentence)) {
      const clauses = clause.concession ? withConcession(text, clause) : [clause];
      for (const c of clauses) {
        const clauseText = text.slice(c.start, c.end);
        const classified = classifyClause(clauseText, {
          listItem: c.listItem,
          concession: c.concession ? text.slice(c.concession.start, c.concession.end) : undefined,
          gates: gatesWithin(gates, c.start - sentence.start, c.end - sentence.start),
        });
        // "a view shared by the Institute ...": the position stated just before, held by another body
        const echo = classified ? undefined : echoedReading(clauseText, c.start, found);
        const reading = classified ?? echo;
        // a two-word heading ("Budget pressures") states nothing
        if (!reading || !/\S+\s+\S+\s+\S/u.test(clauseText.trim())) continue;
        learn();
        const span = trimClause(text, c);
        const whole = c.start === sentence.start;
        const read = startsInQuote || whole ? named : subjectOf(clauseText);
        // "I am delighted that the Office has hired ...", "The Government attach importance to X, as we do":
        // a subject found by a verb after the cue, or inside what the cue governs, is not the cue's holder
        const past = (x: Subject | undefined) =>
          !!x &&
          reading.cueStart !== undefined &&
          (afterCue(x, reading.cueEnd, clauseText.length) ||
            insideComplement(clauseText, x, reading.cueStart));
        const written = read && !past(read) ? read : undefined;
        const opening = /^(?:I|we)\b/iu.exec(clauseText)?.[0];
        const fallback =
          whole && !startsInQuote && past(named)
            ? (speaker ?? (opening ? refer(opening, voice, recent) : voice))
            : sentenceActor;
        // "The scheme is vital": a verdict's grammatical subject is the thing judged
        const judged = reading.verdict && written?.auxiliary && !written.pronoun;
        const parsed = judged ? undefined : written;
        // no reporting verb named the holder: the words right before the cue may ("agencies commit to")
        // the subject of a prescriptive modal or a verdict is what is prescribed or judged ("Funding ought
        // not to depend on ...", "The scheme is vital"), not who prescribes or judges it
        const holder =
          !startsInQuote &&
          // a passive names its holder after "by" even when a pronoun is the subject ("This is a view shared by")
          (!parsed ||
            (parsed.pronoun && PASSIVE_CUE.test(clauseText.slice(reading.cueStart ?? 0, reading.cueEnd)))) &&
          reading.cueStart !== undefined &&
          !reading.verdict &&
          !PRESCRIPTIVE.test(clauseText.slice(reading.cueStart, reading.cueEnd))
            ? holderOfCue(clauseText, reading.cueStart)
            : undefined;
        const subject = holder ? { actor: fuller(holder), pronoun: false } : parsed;
        const actor =
          // "X argues ..., and it wants ...": a pronoun refers first to the subject named earlier in the sentence
          (subject &&
            (subject.pronoun
              ? named && !named.pronoun
                ? named.actor
                : refer(subject.actor, voice, recent)
              : subject.actor)) ??
          (judged ? (speaker ?? voice ?? recent[recent.length - 1]) : fallback) ??
          voice;
        const topic = echo
          ? echo.topic
          : topicOf(clauseText, reading.cueEnd, reading.topicHint, reading.cueStart);
        // "calling on them to join ..., deploy ... and ensure ...": one position per thing asked for
        const items =
          reading.stance === 'support' && reading.cueStart !== undefined
            ? splitDemandItems(clauseText, reading.cueStart).map((item, i) => ({
                span: trimClause(text, { start: c.start + item.start, end: c.start + item.end }),
                topic:
                  i === 0
                    ? topicOf(clauseText.slice(0, item.end), reading.cueEnd, reading.topicHint)
                    : topicOf(clauseText.slice(item.start, item.end), 0),
              }))
            : [];
        // a view whose holder the text does not name is still offered, without an actor and less sure
        for (const who of actor ? splitActors(actor) : [undefined]) {
          for (const item of items.length > 0 ? items : [{ span, topic }]) {
            found.push({
              kind: 'stance',
              ...item.span,
              ...(who ? { actor: who } : {}),
              stance: reading.stance,
              topic: item.topic,
              confidence: Math.min(STANCE_CEILING, who ? reading.confidence : reading.confidence * 0.8),
            });
          }
        }
      }
    }
    if (named && !named.pronoun) remember(named.actor);
    else if (speaker) remember(speaker);
  }
  return found;
}

// whom a pronoun or description stands for: the document's voice for its own ("I", "it is unfair"); a
// first person nobody is named for stays unresolved (the last heading is not its speaker); else the body
// named last
function refer(reference: string, voice: string | undefined, recent: readonly string[]): string | undefined {
  if (voice && OWN_VOICE.test(reference)) return voice;
  // "my right hon. Friends", "the hon. Gentleman": another member, whom the words do not name
  if (MEMBER_REFERENCE.test(reference)) return undefined;
  if (FIRST_PERSON.test(reference)) return undefined;
  return resolveReference(reference, recent) ?? voice;
}

// found by an auxiliary after the cue ("..., as we do"); a reporting verb after it is a trailing
// attribution ("Schools need £1bn, unions warn"), and a subject past the clause's end is the main
// clause's, which a concession before it shares
function afterCue(subject: Subject, cueEnd: number, clauseLength: number): boolean {
  return (
    subject.auxiliary === true &&
    subject.end !== undefined &&
    subject.end > cueEnd + 1 &&
    subject.end <= clauseLength
  );
}

function insideComplement(clause: string, subject: Subject, cueStart: number | undefined): boolean {
  if (subject.pronoun || cueStart === undefined) return false;
  const at = clause.indexOf(subject.actor);
  return at > cueStart && /\bthat\b/u.test(clause.slice(cueStart, at));
}

// a concession that carries its own cue ("Although in favour of the proposals, ...") is its own statement
function withConcession(text: string, clause: Clause): Clause[] {
  const concession = clause.concession as Span;
  const own = classifyClause(text.slice(concession.start, concession.end));
  if (!own) return [clause];
  return [{ ...concession }, { start: clause.start, end: clause.end }];
}

function speakerOfQuote(text: string, from: number): string | undefined {
  const close = text.indexOf('”', from);
  if (close < 0 || close - from > QUOTE_LOOKAHEAD) return undefined;
  return speakerAfterQuote(text.slice(close, close + 120));
}

// curly quotes say which way they go; a line break closes any quote left open by bad punctuation
function quoteOpenAfter(sentence: string, open: boolean): boolean {
  const opening = sentence.lastIndexOf('“');
  const closing = sentence.lastIndexOf('”');
  if (opening < 0 && closing < 0) return open;
  return opening > closing;
}

function isTitle(line: string): boolean {
  if (/[.!?”"’]$/u.test(line)) return false;
  let words = 0;
  let capitalised = 0;
  for (const m of line.matchAll(TITLE_WORD)) {
    words++;
    if (m[1]) capitalised++;
  }
  return words >= 3 && capitalised / words > 0.6;
}

// a headline that reports a view carries its attribution after a comma or in quotation marks
// ("Schools need £1bn, unions warn"); a heading does not
function isSentenceHeading(line: string): boolean {
  if (/[.!?:;,”"’)]$|[,“”"]/u.test(line) || /^[-•*–·]|^\(?[0-9a-z]{1,3}[.)]\s/u.test(line)) return false;
  return line.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

function isOwnLine(text: string, span: Span): boolean {
  return (
    (span.start === 0 || text[span.start - 1] === '\n') &&
    (span.end === text.length || text[span.end] === '\n')
  );
}

// drop leading connectives and punctuation, so the span starts at the statement itself
function trimClause(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  // connectives, and the numbering of a report's paragraphs ("5.2", "(a)")
  const lead =
    /^(?:[\s,;:–—-]+|(?:and|but|or|whilst|while)\b\s*|\d+(?:\.\d+)*\.?[ \t]+|\([a-z0-9]{1,3}\)[ \t]+)+/iu.exec(
      text.slice(start, Math.min(end, start + 16)),
    );
  if (lead) start += lead[0].length;
  while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

// "LGA and ADASS" -> two actors; "Children and Young People Board" stays one
function splitActors(actor: string): string[] {
  const m = /^(\S+(?: \S+){0,2}) and (?:the )?(\S+(?: \S+){0,2})$/u.exec(actor);
  if (!m || ORGANISATION_NOUN.test(actor) || !/^\p{Lu}/u.test(m[2] as string)) return [actor];
  return [m[1] as string, m[2] as string];
}
