// Verdicts passed with a copula and a word of judgement: "HS2 will be a transformational new backbone",
// "the pledge is a victory for Americans", "privatisation was an emphatic success", "multiple assessments
// are wasteful", "the change would be counterproductive". The word says which way the verdict goes; its
// subject is the thing judged, not the holder. A negated copula ("would not be fair") is left to the
// negation cues, which read it the other way.

const S = String.raw`[ \u00a0]+`;
const COPULA = String.raw`\b(?:is|are|was|were|(?:will|would|could)${S}be|(?:has|have)${S}been)${S}(?:not${S}only${S})?(?:(?:a|an|the)${S})?(?:(?:very|truly|really|genuinely|most|more|so|extremely|deeply|hugely|an?)${S})?(?:[\p{Ll}-]+${S})?`;
const FOR_WORDS = String.raw`(?:transformational|transformative|emphatic${S}success|success|successful|victory|sensible|fairer|fairest|worthwhile|beneficial|landmark|milestone|breakthrough|game-?changer|step${S}forward|step${S}in${S}the${S}right${S}direction|win-win|good${S}for|great${S}for)`;
const AGAINST_WORDS = String.raw`(?:wasteful|distressing|disastrous|counterproductive|counter-productive|burdensome|harmful|costly${S}mistake|failure|setback|blow${S}to|short-?sighted|ill-?conceived|unaffordable|unsustainable|discriminatory|regressive|divisive)`;

/** A verdict for what is judged. */
export const JUDGED_FOR = new RegExp(String.raw`${COPULA}${FOR_WORDS}\b`, 'iu');
/** A verdict against what is judged. */
export const JUDGED_AGAINST = new RegExp(String.raw`${COPULA}${AGAINST_WORDS}\b`, 'iu');

/** Key words for the gate (stance-gates.ts): every alternative above holds one. */
export const JUDGEMENT_WORDS =
  'transformati|success|victory|sensible|fairer|fairest|worthwhile|beneficial|landmark|milestone|breakthrough|changer|step|win-win|good for|great for|wasteful|distressing|disastrous|counter|burdensome|harmful|mistake|failure|setback|blow to|sighted|conceived|unaffordable|unsustainable|discriminatory|regressive|divisive';
