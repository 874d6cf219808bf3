// Whether a date is told as past or as future, read from the words of its own sentence: the marker of tense
// nearest the date decides ("published on 15 July", "since June", "forecast in November", "has nearly doubled
// ... in January" are past; "will be launched in January", "by March", "I expect to receive ... in
// September", "was set to rise on 1 December" are future). A day or month written without a year takes its
// year from that: a past one falls on or before the text's own date, a future one after it. A sentence with
// no marker leaves the question open.

export type Tense = 'past' | 'future';

const PAST = new RegExp(
  String.raw`\b(?:since|ago|last|was|were|had|did|has[ \u00a0]+been|have[ \u00a0]+been|(?:has|have)[ \u00a0]+(?:\w+ly[ \u00a0]+)?(?:\w{2,}ed|grown|risen|fallen|seen|done|made|taken|given|become)|told|said|began|took[ \u00a0]+place|earlier|previous(?:ly)?)\b|(?<!\b(?:be|is|are|am|being|to)[ \u00a0]+)\b(?:announced|confirmed|published|stated|agreed|decided|launched|introduced|noted|reported|wrote|made[ \u00a0]+clear|set[ \u00a0]+out)\b`,
  'giu',
);
/** A verb in the past that governs the date ("published on 15 July", "taken in December", "announced in
 * June"); elsewhere a word in -ed is too often an adjective ("a more targeted scheme") or a passive
 * ("will be launched") to mark tense. */
const PAST_VERB = new RegExp(
  String.raw`(?<!\b(?:be|is|are|am|being|to)[ \u00a0]+)\b(?:\w{3,}ed|taken|given|made|seen|done|held|set|put|sent|spent|won|lost|paid|built|brought|came|went|met|took|gave|begun|written)[ \u00a0]+(?:on|in|at|during|from|over|through|throughout)[ \u00a0]+(?:the[ \u00a0]+\w+[ \u00a0]+of[ \u00a0]+)?$`,
  'iu',
);
const FUTURE = new RegExp(
  String.raw`\b(?:will|shall|going[ \u00a0]+to|(?:is|are|was|were)[ \u00a0]+set[ \u00a0]+to|expects?[ \u00a0]+to|intends?[ \u00a0]+to|plans?[ \u00a0]+to|aims?[ \u00a0]+to|due[ \u00a0]+to|is[ \u00a0]+to|are[ \u00a0]+to|next|upcoming|forthcoming|from[ \u00a0]+next)\b|[’']ll\b`,
  'giu',
);
/** Words ending in -ed that are no past tense ("need", "proceed", "indeed") or are read before a date
 * without placing it in the past ("expected in", "scheduled for", "planned for"). */
const NOT_PAST =
  /^(?:need|indeed|proceed|exceed|succeed|speed|seed|feed|breed|bleed|heed|deed|expected|scheduled|planned|proposed|intended|due|red|bed|shed|wed|bred|fed|led)$/iu;
/** A deadline or a scheduled event right before the date ("by March", "until September", "through January
 * 20", "ends on 13 November") looks ahead; elsewhere in the sentence "by" and "until" say nothing of tense
 * ("published by the Department on ..."). */
const DEADLINE =
  /\b(?:by|until|till|through|(?:ends?|starts?|begins?|opens?|closes?|runs?|expires?|takes?[ \u00a0]+effect|comes?[ \u00a0]+into[ \u00a0]+force|is[ \u00a0]+due|are[ \u00a0]+due)[ \u00a0]+(?:on|in|at|from|until))[ \u00a0]+(?:the[ \u00a0]+(?:end|middle|start)[ \u00a0]+of[ \u00a0]+)?$/iu;
const AFTER_CLAUSE =
  /\b(?:which|that|who|where|when|and|but|so|although|though|whereas|while|because)\b|[;:(]/iu;
/** How far from the date a marker is read: its own clause, more or less. */
const REACH = 120;

/** The tense its sentence gives the date at [start, end) of the text, if any. */
export function tenseOfDate(text: string, start: number, end: number): Tense | undefined {
  const { sentenceStart, sentenceEnd } = sentenceAround(text, start, end);
  const from = Math.max(sentenceStart, start - REACH);
  const to = Math.min(sentenceEnd, end + REACH);
  let best: { tense: Tense; distance: number } | undefined;
  const consider = (pattern: RegExp, tense: Tense) => {
    const window = text.slice(from, to);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      const at = from + m.index;
      const stop = at + m[0].length;
      // the date's own words ("15 July") are no marker
      if (stop > start && at < end) continue;
      if (tense === 'past' && NOT_PAST.test(m[0])) continue;
      // a marker after the date in the next clause ("in June which will enshrine ...") is another verb's
      if (stop > start && AFTER_CLAUSE.test(text.slice(end, at))) continue;
      const distance = stop <= start ? start - stop : at - end;
      // a marker after the date counts a little less than one before it ("in September will provide")
      const weighed = stop <= start ? distance : distance + 8;
      if (!best || weighed < best.distance) best = { tense, distance: weighed };
    }
  };
  if (DEADLINE.test(text.slice(Math.max(sentenceStart, start - 24), start)))
    best = { tense: 'future', distance: 1 };
  const before = text.slice(Math.max(sentenceStart, start - 48), start);
  const verb = PAST_VERB.exec(before);
  if (verb && !NOT_PAST.test(verb[0].split(/[ \u00a0]/u)[0] as string)) best = { tense: 'past', distance: 1 };
  consider(PAST, 'past');
  consider(FUTURE, 'future');
  return best?.tense;
}

/** The sentence around [start, end): from the last full stop, question mark or line break before it to the
 * first after it (an abbreviation's full stop cuts it short, which only narrows what is read). */
function sentenceAround(text: string, start: number, end: number) {
  let sentenceStart = start;
  while (sentenceStart > 0 && !/[.!?\n]/u.test(text[sentenceStart - 1] as string)) sentenceStart--;
  let sentenceEnd = end;
  while (sentenceEnd < text.length && !/[.!?\n]/u.test(text[sentenceEnd] as string)) sentenceEnd++;
  return { sentenceStart, sentenceEnd };
}
