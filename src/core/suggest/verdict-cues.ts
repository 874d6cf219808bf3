// Verdicts and positions of floor speeches and speaking notes, beyond evaluation-cues.ts: what a speaker
// calls a mistake, a poison pill, a nonstarter, or great news, more important, about time; and what a speaker
// declares as their own ("I agree totally", "we recognise the value of", "let us get on with it", "we can
// do more"). Each is a class of wording, not one text's sentence.

import { speedUpCaseless } from './caseless-patterns';

const re = (source: string) => speedUpCaseless(new RegExp(source, 'iu'));
const S = String.raw`[ \u00a0]+`;

/** A verdict against what is judged: its subject is the thing, not the holder. */
export const VERDICT_AGAINST = re(
  String.raw`\b(?:(?:a|an)${S}(?:huge|big|serious|terrible|grave|costly|historic|great)${S}mistake|poison${S}pill|stands?${S}in${S}the${S}way|non-?starter|at${S}odds${S}with${S}(?:reality|the${S}facts)|would${S}be${S}(?:severe|disastrous|catastrophic)|worse${S}off|deeper${S}(?:into${S})?poverty|(?:cruelly${S}|unfairly${S})?penali[sz]ed|decimated|undue${S}burdens?|(?:did|does|do)${S}not${S}fit${S}the${S}bill|(?:they|you)[’']re${S}wrong|weaponi[sz]ed|(?:is|was|a)${S}(?:real${S}|national${S}|absolute${S})?(?:scandal|disgrace)|(?:appalled|outraged|horrified|disgusted)${S}(?:that|by|at)|bear${S}a${S}grudge|(?:there${S}(?:are|is)|(?:has|have))${S}no${S}(?:current${S}|immediate${S})?plans?${S}to)\b`,
);

/** A refusal its subject holds: "he will no longer stand for ...", "we will not tolerate ...". */
export const REFUSAL = re(
  String.raw`\b(?:no${S}longer|not|never)${S}(?:stand${S}for|tolerate|accept${S}(?:a|any|the)${S}situation)\b`,
);

/** A verdict in favour of what is judged. */
export const VERDICT_FOR = re(
  String.raw`\b(?:(?:is|are|was|be)${S}(?:great|good|welcome|excellent)${S}news|(?:hugely|very|strongly|fully|entirely|wholly|extremely)${S}supportive|(?:even${S})?more${S}important|essential${S}for|it${S}is${S}(?:about|high)${S}time|shoo-in|ticks?${S}all${S}the${S}(?:necessary${S})?boxes|(?:a${S})?(?:massive|huge|real|big)${S}difference|(?:even${S})?greater${S}reason${S}to|would${S}be${S}important|(?:is|are|was)${S}(?:a${S})?(?:very|enormously|extremely|entirely|really|hugely|particularly)${S}(?:important|significant|effective|valid|creative|successful|valuable|welcome)|proud${S}record|the${S}right${S}priority|(?:a${S})?top${S}priority|(?:effective|successful)${S}and${S}(?:comprehensive|fair|effective)|(?:has${S}been|is|was)${S}remarkable|(?:a|an)${S}(?:very${S})?(?:pertinent|valid|excellent|fair)${S}point|will${S}be${S}better${S}for|frees${S}up|(?:are|is)${S}(?:therefore${S})?rightly|(?:is|are)${S}(?:of${S}course${S}|absolutely${S}|really${S}|so${S})?(?:crucial|vital|essential)(?=[.!]?$)|(?:has|have)${S}(?:some${S})?(?:great|excellent|fantastic|outstanding)${S}[a-z]+|never${S}too${S}late${S}to|(?:are|is)${S}best${S}placed${S}to|no${S}point${S}in\b[^.;]{0,160}?\bunless|too${S}[a-z]+${S}for\b[^.;]{0,160}?\bwithout|(?:is|are|was|has${S}been)${S}(?:a|an)${S}(?:very${S}|really${S}|extremely${S})?(?:important|creative|effective|successful|valuable|excellent|significant)${S}(?:program|programme|step|commitment|initiative|measure|reform|achievement|investment|bill|plan|policy))\b`,
);

/** A position the speaker declares as their own. */
export const OWN_POSITION = re(
  String.raw`\b(?:I${S}(?:absolutely${S}|fully${S}|entirely${S}|wholeheartedly${S}|totally${S})?agree(?:${S}(?:totally|entirely|completely|wholeheartedly|fully)|${S}with)|recogni[sz]e[sd]?${S}the${S}(?:value|importance|need|case|benefits?)|(?:makes?|made)${S}a${S}(?:strong|firm|clear|real)${S}commitment|(?:have|has)${S}every${S}expectation|(?:is|are)${S}(?:clearly${S}|urgently${S})?needed${S}to${S}[a-z]+|look${S}forward${S}to${S}working|(?:we|you)${S}have${S}(?:an|the|a${S}real|a${S}great|a${S}unique)${S}opportunity${S}to|(?:pay|paying)${S}(?:its|their|our|his|her)${S}fair${S}share|pull${S}(?:its|their|our)${S}weight|(?:not|never)${S}back${S}down|promise[sd]?${S}to${S}[a-z]+|(?:[’']s|their|its|our|my)${S}(?:ambition|determination|aim|goal|mission)${S}to${S}[a-z]+|let${S}us${S}(?!(?:know|say|see|look|turn|hope|be${S}clear|remember|not|now|consider|take${S}stock|pray|begin|move${S}on|go|examine|properly|recall|reflect|think|imagine|assume|suppose|start|return|compare|be${S}honest)\b)[a-z]+|give${S}us${S}the|we${S}can${S}do${S}more|we${S}(?:can|could)${S}(?:take|pass|boost|help|have)\b|there${S}is${S}a${S}(?:clear${S}|real${S}|pressing${S}|urgent${S}|great${S})?need${S}(?:for|to)\b|I${S}(?:commend|congratulate|salute)\b|(?:is|are)${S}(?:now${S}|urgently${S}|clearly${S}|still${S}|also${S})?(?:required|needed)[.!]?$|\bneeds${S}(?:new${S}|more${S}|extra${S}|the${S})?[a-z]+${S}to${S}[a-z]+|\b(?:needs|need)${S}(?:urgent${S})?(?!nothing\b|during\b)[a-z]+ing\b|\b(?:we|I)${S}(?:urgently${S}|still${S}|really${S})?need${S}(?!to\b|a${S}question)[a-z]+|\b(?:we|I)${S}look${S}to${S}[^,.;]{1,60}?${S}to${S}[a-z]+)`,
);

/** One of a numbered list of ways forward: "First, other countries can accept ...; Second, they can stop
 * ...": each is what the speaker proposes, whatever words of blame it carries. */
export const OPTION = re(
  String.raw`^[“"‘']?(?:first|second|third|fourth|fifth|sixth|finally|lastly)(?:ly)?,${S}[^,.;:]{1,60}?${S}(?:can|could|should|must)${S}(?:also${S}|simply${S}|still${S})?[a-z]+`,
);

// Key words for the gates (stance-gates.ts): each list covers every alternative of its pattern.
export const VERDICT_AGAINST_WORDS =
  'mistake|poison pill|in the way|starter|at odds|would be|worse off|poverty|penali|decimated|undue|fit the bill|re wrong|weaponi|scandal|disgrace|appalled|outraged|horrified|disgusted|grudge|no plan|no current|no immediate';
export const VERDICT_FOR_WORDS =
  'news|supportive|more important|essential for|about time|high time|shoo-in|boxes|difference|reason to|would be important|important|significant|effective|valid|creative|successful|valuable|welcome|proud record|right priority|top priority|remarkable|pertinent|excellent|fair point|better for|frees up|rightly|best placed|crucial|vital|essential|great|fantastic|outstanding|too late|no point|too ';
export const OWN_POSITION_WORDS =
  'agree|recogni|commitment|expectation|needed|look forward|opportunity|fair share|weight|back down|promise|ambition|determination|aim|goal|mission|let us|give us|we can|we could|need|commend|congratulate|salute|required|look to';
export const OPTION_WORDS = 'first|second|third|fourth|fifth|sixth|finally|lastly';
export const REFUSAL_WORDS = 'stand for|tolerate|situation';
