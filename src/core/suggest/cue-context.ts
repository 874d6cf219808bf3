// Words around a stance cue that take the position out of it: a wish inside a condition ("if they wanted to
// export more beef"), a purpose with no speaker behind it ("In order to improve ..., forces will ..."), a
// forecast of how many a scheme reaches ("will help around 2 million households"), a passive whose agent is
// no body anyone could name ("records endorsed by supervising officers"), the rules of a scheme ("To be
// eligible for PIP, claimants must ...", "whereby the police must explain", "must be reported to"), a
// formula of speech ("I should like to make a statement", "I want to give thanks to"), a scenario contrary
// to fact ("If this rule was applied, they would have to scrap ..."), a contrast of outcomes ("Rather
// than see more programs close, ..."), and the business of a sitting ("pleased to have the opportunity",
// "propose to take Questions Nos. 3 and 5 together", "We need a question, please"). Each is a class of wording, checked once a cue has matched.

import { speedUpCaseless } from './caseless-patterns';

const S = String.raw`[ \u00a0]+`;
const caseless = (source: string) => speedUpCaseless(new RegExp(source, 'iu'));

/** A wish or want: "want", "wanted", "would like", "wish"; "should" only as in "I should like to". */
const WISH = /^(?:wants?|wanted|would[ \u00a0]+like|wish(?:es|ed)?|should)\b/i;
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
const PASSIVE =
  /\b(?:welcomed|supported|backed|endorsed|praised|championed|proposed|advocated|favoured|shared|echoed|repeated|opposed|criticised|rejected|condemned)[ \u00a0]+by$/i;
/** A holder after "by": a capitalised name ("the Royal College of Nursing") or a plural of bodies. */
const NAMED_AGENT = new RegExp(
  String.raw`^${S}(?:the${S})?(?:\p{Lu}|(?:[\p{Ll}-]+${S}){0,3}(?:agencies|councils|unions|charities|companies|groups|organisations|organizations|providers|landlords|employers|campaigners|ministers|MPs|experts|leaders|governments|authorities|businesses|residents|parents|teachers|doctors|nurses|members|petitioners)\b)`,
  'u',
);
/** A formula of parliamentary speech, not a wish: "I would like to make a statement", "to thank". */
const PERFORMATIVE_AFTER = new RegExp(
  String.raw`^(?:${S}like)?${S}to${S}(?:make${S}a${S}statement|give${S}a${S}statement|thank|(?:give|express|offer|record|add)${S}(?:my${S}|our${S})?(?:thanks|gratitude|condolences|sympathy)|congratulate|pay${S}tribute|update|inform|remind|begin|start${S}by|turn${S}to|say${S}a${S}few${S}words)\b`,
  'iu',
);
/** The business of a sitting, not a position: "pleased to have the opportunity", "want to draw the attention
 * of", "propose to take Questions Nos. 3 and 5 together", "would like to answer these questions", "welcome
 * the presence of", "I will inform the House". */
const PROCEDURE_AFTER = new RegExp(
  String.raw`^(?:${S}(?:like|just|also|now|briefly))*${S}(?:to${S})?(?:have${S}(?:the|this|an)${S}opportunity|draw${S}(?:the${S})?attention|take${S}questions|answer${S}(?:these|the|his|her|that|this|your)${S}questions?|mention|refer${S}to|speak|conclude|inform${S}the${S}House|put${S}(?:it${S})?on${S}(?:the${S})?record|the${S}presence${S}of|see${S}so${S}many|(?:that${S})?(?:my${S}|the${S}|his${S}|her${S})?(?:right${S})?(?:hon\.?${S})?(?:Friend|Minister|Member|Gentleman|Lady|others|colleagues)${S}will${S}(?:mention|say|speak|want${S}to${S}speak|have${S}some|respond${S}to${S}(?:the${S})?debate|reply|answer))\b`,
  'iu',
);
/** Asked by someone unnamed: "Passengers will be asked to self-refer" is a procedure, not a position. */
const ASKED_BEFORE = speedUpCaseless(/\b(?:be|been|being|is|are|was|were)[ \u00a0]+$/iu);
/** Courtesies about the sitting itself: "I congratulate him on securing the debate", "this debate is crucial",
 * "Other measures will be laid before you". */
const ABOUT_THE_SITTING = caseless(
  String.raw`\bon${S}(?:securing|obtaining|initiating|opening|winning)${S}(?:time${S}for${S})?(?:this|the|today[’']s)${S}(?:[\w-]+${S})?debate\b|\b(?:this|the)${S}debate${S}is\b|\blaid${S}before${S}(?:you|the${S}House|Parliament)\b`,
);
/** A chair's request: "We need a question, please." */
const PLEASE_END = /\bplease[ \u00a0]*[.?!]?[”"’']?$/u;
/** A modal that describes how a scheme works: "whereby the police must explain", "supposed to have to". */
const MECHANISM_BEFORE = speedUpCaseless(
  /\b(?:whereby|under[ \u00a0]+which|by[ \u00a0]+which|supposed[ \u00a0]+to|required[ \u00a0]+to)\b[^,;]{0,60}$/iu,
);
const MODAL = /^(?:must|should|ha(?:s|ve)[ \u00a0]+to|needs?[ \u00a0]+to)\b/iu;
/** A filing duty of guidance: "benefits must be reported to the tax office", "forms should be submitted by". */
const FILING_AFTER = new RegExp(
  String.raw`^${S}(?:always${S}|still${S}|also${S})?be${S}(?:reported|submitted|recorded|notified|registered|filed|declared|logged)${S}(?:to|by|on|with|in|at|using|within|before)\b`,
  'iu',
);
/** A scenario contrary to fact: "If this rule was applied ..., they would have to ...". */
const COUNTERFACTUAL =
  /^[“"‘']?If\b[^,;]{0,100}?\b(?:was|were|had|did|\p{Ll}+ed)\b[^,;]{0,100},[^;]*?\bwould\b/u;
/** "Rather than see more programs close, ...": a contrast of outcomes opening the sentence, not an objection. */
const CONTRAST_OPENING = /^[“"‘']?Rather[ \u00a0]+than\b/u;

/** Conditions of a scheme: "To be eligible for ...", "To qualify, ...". */
const ELIGIBILITY =
  /^[“"‘']?(?:To|In[ \u00a0]+order[ \u00a0]+to)[ \u00a0]+(?:be[ \u00a0]+eligible|qualify|claim|apply)\b/u;

/** True when the words around the cue at [cueStart, cueEnd) of the clause take the position out of it. */
export function isCueVoided(clause: string, cueStart: number, cueEnd: number): boolean {
  const cue = clause.slice(cueStart, cueEnd);
  const before = clause.slice(Math.max(0, cueStart - 80), cueStart);
  const after = clause.slice(cueEnd, cueEnd + 40);
  if (ELIGIBILITY.test(clause) || PROCEDURE_AFTER.test(after) || PLEASE_END.test(clause)) return true;
  if (ABOUT_THE_SITTING.test(clause)) return true;
  if (/^asked\b/iu.test(cue) && ASKED_BEFORE.test(before)) return true;
  const wish = WISH.test(cue) && !/^should/i.test(cue);
  if (wish && CONDITION_BEFORE.test(before)) return true;
  if (WISH.test(cue) && PERFORMATIVE_AFTER.test(after) && (wish || /^[ \u00a0]+like/u.test(after)))
    return true;
  if (PURPOSE.test(cue) && !FIRST_PERSON.test(clause)) return true;
  if (FORECAST.test(cue) && REACH_AFTER.test(clause.slice(cueStart + 4, cueEnd + 40))) return true;
  if (MODAL.test(cue) && (MECHANISM_BEFORE.test(before) || FILING_AFTER.test(after))) return true;
  if (/^rather/i.test(cue) && CONTRAST_OPENING.test(clause)) return true;
  const counterfactual = COUNTERFACTUAL.exec(clause);
  if (counterfactual && cueStart >= counterfactual[0].length - 5) return true;
  return PASSIVE.test(cue) && !NAMED_AGENT.test(clause.slice(cueEnd, cueEnd + 80));
}
