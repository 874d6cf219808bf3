// Words around a stance cue that take the position out of it: a wish inside a condition ("if they wanted to
// export more beef"), a purpose with no speaker behind it ("In order to improve ..., forces will ..."), a
// forecast of how many a scheme reaches ("will help around 2 million households"), a passive whose agent is
// no body anyone could name ("records endorsed by supervising officers"), and the rules of a scheme ("To be
// eligible for PIP, claimants must ..."). Each is a class of wording, checked once a cue has matched.

const S = String.raw`[ \u00a0]+`;

/** A wish or want: "want", "wanted", "would like", "wish". */
const WISH = /^(?:wants?|wanted|would[ \u00a0]+like|wish(?:es|ed)?)\b/i;
/** "if they", "if British farmers": a condition opened a few words before the cue. */
const CONDITION_BEFORE = new RegExp(String.raw`\b(?:if|unless|whether)(?:${S}[\p{L}’'-]+){1,3}${S}$`, 'iu');
/** A purpose: "in order to", "with a view to". */
const PURPOSE = /^(?:in[ \u00a0]+order|with[ \u00a0]+a[ \u00a0]+view)[ \u00a0]+to\b/i;
/** The speaker in the clause: a purpose is a position only when someone owns it ("I have commissioned ..."). */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|we|We|my|My|our|Our|us)(?![\p{L}])/u;
/** A forecast: "will help", "will reduce". */
const FORECAST = /^will\b/i;
/** A number of people or things right after the verb: "the 84%", "around 2 million households". */
const REACH_AFTER = new RegExp(
  String.raw`^(?:${S}[\p{L}’'-]+){0,2}?${S}(?:(?:around|about|over|some|nearly|almost|up${S}to|more${S}than)${S})?(?:the${S})?[£$€]?\d`,
  'iu',
);
/** A passive cue ("welcomed by", "endorsed by") names its holder after it. */
const PASSIVE = /\bby$/i;
/** A holder after "by": a capitalised name ("the Royal College of Nursing") or a plural of bodies. */
const NAMED_AGENT = new RegExp(
  String.raw`^${S}(?:the${S})?(?:\p{Lu}|(?:[\p{Ll}-]+${S}){0,3}(?:agencies|councils|unions|charities|companies|groups|organisations|organizations|providers|landlords|employers|campaigners|ministers|MPs|experts|leaders|governments|authorities|businesses|residents|parents|teachers|doctors|nurses|members|petitioners)\b)`,
  'u',
);
/** Conditions of a scheme: "To be eligible for ...", "To qualify, ...". */
const ELIGIBILITY =
  /^[“"‘']?(?:To|In[ \u00a0]+order[ \u00a0]+to)[ \u00a0]+(?:be[ \u00a0]+eligible|qualify|claim|apply)\b/u;

/** True when the words around the cue at [cueStart, cueEnd) of the clause take the position out of it. */
export function isCueVoided(clause: string, cueStart: number, cueEnd: number): boolean {
  const cue = clause.slice(cueStart, cueEnd);
  if (ELIGIBILITY.test(clause)) return true;
  if (WISH.test(cue) && CONDITION_BEFORE.test(clause.slice(Math.max(0, cueStart - 50), cueStart)))
    return true;
  if (PURPOSE.test(cue) && !FIRST_PERSON.test(clause)) return true;
  if (FORECAST.test(cue) && REACH_AFTER.test(clause.slice(cueStart + 4, cueEnd + 40))) return true;
  return PASSIVE.test(cue) && !NAMED_AGENT.test(clause.slice(cueEnd, cueEnd + 80));
}
