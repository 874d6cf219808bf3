// Questions that press a view in a debate or at question time (LABELING.md: "a rhetorical question whose
// point is unmistakable"): "Does the Minister agree that the scheme has failed?" states what it asks the
// Minister to agree with; "Why do they not ensure that ...?" and "What more can be done to encourage ...?"
// ask for the thing named; "Will he examine the proposals ...?" asks the Government to act; "Why then are
// the strategies deleting the green belt?" blames. Questions that only ask for facts, time or a meeting
// ("Will he meet me ...?", "What is the rationale?", "Will the Deputy resume her seat?") press nothing.

import type { StanceReading } from './classify-stance';
import type { StanceLabel } from './suggestion';

const S = String.raw`[ \u00a0]+`;
const re = (source: string) => new RegExp(source, 'iu');
const OPENING = String.raw`^[“"‘']?(?:(?:so|and|but|then|therefore)[ \u00a0,]+)?`;
/** Who a question at question time is put to. */
const ADDRESSEE = String.raw`(?:the|my|his|her|he|she|they|you|it)\b(?:${S}[\p{L}.’'-]+){0,6}?`;

/** "Does the Minister agree that ...", "Does he also accept that ...", "Would she agree with me that ...". */
const AGREE_THAT = re(
  String.raw`${OPENING}(?:does|do|would|will|does${S}not|doesn[’']t|would${S}not)${S}${ADDRESSEE}${S}(?:also${S}|not${S})?(?:agree|accept|recognise|recognize|acknowledge)(?:${S}with${S}(?:me|us|him|her))?${S}that${S}`,
);
/** "Why do they not ensure ...", "Why does the Government not ...", "Why can we not ...": asks for it. */
const WHY_NOT = re(
  String.raw`(?:${OPENING}|,${S})why${S}(?:then${S})?(?:do|does|did|can|will|would|is|are)${S}(?:[\p{L}.’'-]+${S}){1,5}?not${S}(?!know\b|see\b)`,
);
/** "What more can be done to encourage ...", "What plans does he have to kick-start ...". */
const WHAT_TO_DO = re(
  String.raw`${OPENING}what${S}(?:more${S}|else${S})?(?:can|could|should|will)${S}(?:be${S}done|(?:the${S})?[\p{L}.’'-]+${S}do)${S}to${S}|${OPENING}what${S}(?:plans|steps|action|measures)${S}(?:does|do|is|are|has|have|will)${S}${ADDRESSEE}${S}(?:have|take|taking|plan|planning|propose|proposing)${S}to${S}`,
);
/** "Will he examine ...", "Will his Department do some joined-up thinking ...", "Will the Minister now publish
 * ...": a request that the Government act (a request to meet, answer, clarify or sit down is none). */
const WILL_ACT = re(
  String.raw`${OPENING}(?:will|would|can|could|should)${S}(?:he|she|they|the${S}(?:Minister|Secretary|Government|Department|Taoiseach|Tánaiste|President|Administration)|his${S}Department|her${S}Department|my${S}(?:right${S})?(?:hon\.?${S})?(?:Friend|friend))(?:${S}of${S}State)?${S}(?:now${S}|also${S}|please${S}|therefore${S}|urgently${S}|today${S})?(?:examine|consider|reconsider|review|publish|commission|place|encourage|introduce|bring${S}forward|commit|ensure|guarantee|restore|reverse|scrap|drop|increase|extend|fund|support|look${S}(?:again${S})?at|do${S}(?:some|more|something|everything|all)|take${S}(?:action|steps|urgent)|intervene|act|press|urge|legislate|ban|protect|invest|provide|set${S}up|establish|rethink|think${S}again)\b`,
);
/** "Why then are the strategies deleting the green belt?", "Why has it failed to do that?": a blaming why,
 * known by a word of blame after it. */
const WHY_BLAME = re(
  String.raw`${OPENING}why${S}(?:then${S}|on${S}earth${S})?(?:are|is|has|have|was|were|did|does|do)\b`,
);
const BLAME = re(
  String.raw`\b(?:fail(?:s|ed|ing|ure)?|delet\w*|destroy\w*|cut(?:s|ting)?|scrap\w*|ignor\w*|abandon\w*|waste\w*|los(?:e|t|ing)|refus\w*|block\w*|delay\w*|allow\w*${S}(?:\S+${S}){0,3}to${S}(?:go|fall|close|collapse)|undermin\w*|damag\w*|harm\w*|mislead\w*|misled|broke(?:n)?|worse|presid\w*${S}over)\b`,
);
/** Words that say the thing the questioner wants agreed is bad ("the scheme has fundamentally failed", "it
 * is typical of Lib Dem authorities", "resulted in the exploitation of workers"). */
const BAD = re(
  String.raw`\b(?:fail(?:s|ed|ing|ure)?|displac\w*|exploit\w*|abus\w*|typical${S}of|wrong|unfair\w*|unjust\w*|scandal\w*|disgrace\w*|shambles|chaos|waste\w*|damag\w*|harm\w*|undermin\w*|worse|crisis|cuts?|mislead\w*|misled|betray\w*|broken|flawed|unacceptable|outrage\w*|shameful|appalling|deplorable|incompeten\w*|ignor\w*|neglect\w*|not${S}good${S}enough|inadequate|disastr\w*)\b`,
);
const CONFIDENCE = 0.5;

/** `classify`: reads the clause a question asks to be agreed with (classify-stance.ts's reader). */
export function readPressingQuestion(
  question: string,
  classify: (clause: string) => StanceReading | undefined,
): StanceReading | undefined {
  const agree = AGREE_THAT.exec(question);
  if (agree) {
    const asked = question.slice(agree[0].length);
    const inner = classify(asked);
    const stance: StanceLabel = inner?.stance ?? (BAD.test(asked) ? 'oppose' : 'support');
    return reading(stance, agree[0].length, inner?.topicHint);
  }
  const why = WHY_NOT.exec(question);
  if (why) return reading('support', why.index + why[0].length);
  const what = WHAT_TO_DO.exec(question);
  if (what) return reading('support', what.index + what[0].length);
  const will = WILL_ACT.exec(question);
  if (will) return reading('support', will.index + will[0].length);
  const blame = WHY_BLAME.exec(question);
  if (blame && BLAME.test(question.slice(blame[0].length)))
    return reading('oppose', blame.index + blame[0].length);
  return undefined;
}

function reading(stance: StanceLabel, cueEnd: number, topicHint?: string): StanceReading {
  return { stance, confidence: CONFIDENCE, cueEnd, ...(topicHint ? { topicHint } : {}) };
}
