// Finds the positions actors take: sentence by sentence, clause by clause, a clause with a stance cue
// becomes a suggestion whose span is the clause, with its actor (named subject, speaker, or the actor
// last named) and topic. A clause that speaks for two actors ("LGA and ADASS continue to ...") gives one
// suggestion per actor over the same span.

import { headingName, speakerAfterQuote, type Subject, subjectOf } from './actors';
import { classifyClause } from './classify-stance';
import { holderOfCue } from './cue-subject';
import { afterTurnLabel, findVoices, type Voice, voiceAt } from './document-voice';
import { splitClauses } from './clauses';
import { isProgramme } from './commitment-cues';
import { aimOpening, AIM_READING, findListedAims } from './listed-aims';
import { isCommonWord, isHolder } from './holder-shape';
import { splitDemandItems } from './demand-items';
import { splitPositionItems } from './position-items';
import { echoedReading } from './echoed-views';
import { isOwnLine, isSentenceHeading, isTitle, quoteOpenAfter } from './line-shapes';
import { afterCue, insideComplement, ownBody, refer, speakerOfQuote, withConcession } from './refer-holder';
import { splitSentences } from './sentences';
import { findGateHits, gatesWithin, opens } from './stance-gates';
import { splitActors, trimClause } from './stance-spans';
import type { Found } from './suggestion';
import { fullerOfficeName, officeSubject } from './titled-holders';
import { type ClauseJudge, RULES_ONLY } from './model-judge';
import { describeDocumentShape } from './document-shape';
import { hashFeature } from './stance-features';
import { topicOf } from './topics';

const MAX_RECENT_ACTORS = 20;
/** A text with this many voices is one of speakers' turns. */
const MIN_TURNS = 2;
/** A stance is right only when its cue, its label and its holder all are: on texts never seen that is well
 * under the 95% a confidence of 0.8 promises, so no stance rule claims that much. */
const STANCE_CEILING = 0.75;
/** How far back (in characters) a named body can be referred to; prefill-claim.ts reads further back. */
const MAX_REFERENCE_DISTANCE = 2000;
const PASSIVE_CUE = /\bby$/;
const MOTION_CLAUSE =
  /^[“"‘']?(?:further[ \u00a0]+|also[ \u00a0]+)?(?:notes|declares|believes|requests|recognises|regrets|deplores)[ \u00a0]+that\b/iu;
const PRESCRIPTIVE =
  /^(?:should|must|ought|needs?[ \u00a0]+(?:\w+ly[ \u00a0]+)?to|ha(?:s|ve)[ \u00a0]+to)\b/i;

/** `voices` and `shape`: the document's voices (offsets relative to `text`) and shape (document-shape.ts)
 * when `text` is a window of it; `judge` decides each clause from the rules' reading (model-judge.ts: the
 * rules alone, or with the detector). */
export function findStances(
  text: string,
  voices: readonly Voice[] = findVoices(text),
  judge: ClauseJudge = RULES_ONLY,
  documentShape: readonly string[] = describeDocumentShape(text),
): Found[] {
  const found: Found[] = [];
  const programme = isProgramme(text);
  const shape = documentShape.map(hashFeature);
  // a paper's listed aims ("The Budget sets out actions the government will take to:" and its items)
  const aims = findListedAims(text);
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
  let paragraphIndex = -1;
  let ruledSentenceBefore = false;
  let lastEnd = 0;
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
    const aim = aimOpening(aims, whole.start);
    paragraphIndex = text.slice(lastEnd, whole.start).includes('\n') ? 0 : paragraphIndex + 1;
    lastEnd = whole.end;
    if (isOwnLine(text, sentence) && !aim) {
      const heading = headingName(s);
      if (heading) {
        // a round-up of responses puts each respondent's name on its own line; in a text of speakers'
        // turns a heading names a subject, never who holds a view
        if (voices.length < MIN_TURNS && isHolder(heading)) remember(heading);
        continue;
      }
      // a title ("FACT SHEET: Biden-Harris Administration Announces Plan to ...") names, it does not argue;
      // nor does a section heading in sentence case ("Encouraging girls to study science"); a headline
      // that passes a verdict ("Rescue Funds Provided a Critical Lifeline to Providers") does
      if ((isTitle(s) || isSentenceHeading(s)) && !classifyClause(s)?.verdict) continue;
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
      named = startsInQuote || MOTION_CLAUSE.test(s) ? undefined : ownBody(subjectOf(s), voice);
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
    let clauseIndex = 0;
    let ruledBefore = false;
    const ruledLast = ruledSentenceBefore;
    const opensTurn = sentence.start !== whole.start;
    for (const clause of splitClauses(text, sentence)) {
      const clauses = clause.concession ? withConcession(text, clause) : [clause];
      for (const c of clauses) {
        const clauseText = text.slice(c.start, c.end);
        const clauseGates = gatesWithin(gates, c.start - sentence.start, c.end - sentence.start);
        const classified = classifyClause(clauseText, {
          programme,
          listItem: c.listItem,
          concession: c.concession ? text.slice(c.concession.start, c.concession.end) : undefined,
          gates: clauseGates,
        });
        // "a view shared by the Institute ...": the position stated just before, held by another body
        const echo = classified ? undefined : echoedReading(clauseText, c.start, found);
        const rule = classified ?? echo ?? (aim ? AIM_READING : undefined);
        const reading = judge({
          text,
          sentence,
          clause: c,
          gates: clauseGates,
          rule,
          ruledBefore,
          ruledLast,
          paragraphIndex,
          clauseIndex: clauseIndex++,
          inQuote: startsInQuote,
          turns: voices.length >= MIN_TURNS,
          opensTurn,
          shape,
        });
        ruledBefore ||= rule !== undefined;
        // a two-word heading ("Budget pressures") states nothing
        if (!reading || !/\S+\s+\S+\s+\S/u.test(clauseText.trim())) continue;
        learn();
        const span = trimClause(text, c);
        const whole = c.start === sentence.start;
        const read = startsInQuote || whole ? named : ownBody(subjectOf(clauseText), voice);
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
        const candidate =
          // "X argues ..., and it wants ...": a pronoun refers first to the subject named earlier in the sentence
          (subject &&
            (subject.pronoun
              ? named && !named.pronoun
                ? named.actor
                : refer(subject.actor, voice, recent)
              : subject.actor)) ??
          (judged ? (speaker ?? voice ?? recent[recent.length - 1]) : fallback) ??
          voice;
        // "Well, ...", "Executive Summary": words shaped like a name that name no holder
        const actor = aim?.holder
          ? fuller(aim.holder)
          : candidate &&
              (!isHolder(candidate) ||
                // a cue's subject may be a sector ("Tourism welcomes ..."); a position the detector adds
                // (no cue names its holder) opens more often with the thing talked of ("Equipment is ...")
                (reading.byModel && isCommonWord(text, candidate, c.start)))
            ? voice
            : candidate;
        const topic = echo
          ? echo.topic
          : topicOf(clauseText, reading.cueEnd, reading.topicHint, reading.cueStart);
        // "calling on them to join ..., deploy ... and ensure ...": one position per thing asked for
        const demands =
          reading.stance === 'support' && reading.cueStart !== undefined
            ? splitDemandItems(clauseText, reading.cueStart)
            : [];
        // "will require: A; B; and C", "improvements, including A, and B": one position per item listed
        const items = (demands.length > 0 ? demands : splitPositionItems(clauseText)).map((item, i) => ({
          span: trimClause(text, { start: c.start + item.start, end: c.start + item.end }),
          topic:
            i === 0
              ? topicOf(clauseText.slice(0, item.end), reading.cueEnd, reading.topicHint)
              : topicOf(clauseText.slice(item.start, item.end), 0),
        }));
        // a view whose holder the text does not name is still offered, without an actor and less sure
        if (reading.byModel && !actor) continue;
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
    ruledSentenceBefore = ruledBefore;
    if (named && !named.pronoun && isHolder(named.actor)) remember(named.actor);
    else if (speaker) remember(speaker);
  }
  return found;
}
