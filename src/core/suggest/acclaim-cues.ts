// Verdicts on what another actor has done, as press releases, round-ups of reactions and debates pass them:
// acclaim ("took decisive action to protect American industry", "a critical step toward", "strongly
// commends", "is absolutely right to", "is delivering on his promise", "levels the playing field", "puts
// workers first", "will protect thousands of jobs") and disparagement ("a policy that is anti-growth",
// "take our steel industry for granted", "There is too much opaqueness", "There hasn't been enough
// testing"). The grammatical subject is the actor or action judged, so these are verdicts: the holder is
// whoever speaks, not the subject.

const S = String.raw`[ \u00a0]+`;
const re = (source: string) => new RegExp(source, 'iu');

/** Acclaim for an action or its actor: support. */
export const ACCLAIM = re(
  String.raw`\b(?:(?:took|take|takes|taking|taken)${S}(?:[\p{L}-]+${S}){0,2}?action${S}to${S}(?:protect|defend|support|secure|restore|strengthen|level|help|save|grow|rebuild|stop|end|combat|tackle|fix|lower|cut|bring|reduce|improve|address|ensure|raise)|(?:a|an)${S}(?:necessary|critical|major|vital|crucial|big|huge|bold|historic)${S}step\b|(?:critical|major|important|vital|historic|bold|big|huge|significant|necessary|crucial|positive|great|good|welcome)${S}step${S}(?:toward|towards|forward|in${S}the${S}right${S}direction)|commend(?:s|ed|ing)?|appreciat(?:e|es|ed)${S}(?:the|his|her|their|its|[\p{Lu}][\p{L}’'.]+)|(?:is|are|was|were)${S}(?:absolutely${S}|exactly${S}|entirely${S}|quite${S}|so${S})?right${S}to${S}(?!say\b)|deliver(?:s|ed|ing)?${S}on${S}(?:his|her|their|its|our|the|a)${S}(?:[\p{L}-]+${S})?(?:promises?|pledges?|commitments?)|level(?:s|ing|led|ling)?${S}(?:out${S})?the${S}playing${S}field|put(?:s|ting)?${S}(?:[\p{L}’'-]+${S}){0,2}?(?:workers|families|patients|people|consumers|taxpayers|America|Britain|Ireland|the${S}country)${S}first|will${S}(?:also${S})?(?:protect|defend|safeguard|secure|boost|advance|grow)|(?:is|are)${S}(?:protecting|defending|safeguarding|standing${S}up${S}for|fighting${S}for))\b`,
);

/** Disparagement of another's policy: oppose. */
export const DISPARAGE = re(
  String.raw`\b(?:anti-(?:growth|housing|business|jobs?|workers?|famil(?:y|ies)|competition|competitive|consumers?|innovation|investment|enterprise|aspiration)|take[sn]?${S}(?:[\p{L}’'-]+${S}){0,4}?for${S}granted|took${S}(?:[\p{L}’'-]+${S}){0,4}?for${S}granted|(?:would|will|is|be)${S}(?:a|an)${S}(?:disgrace|scandal|travesty|outrage)${S}to|there${S}(?:is|are|has${S}been|have${S}been|was|were)${S}(?:far${S}|much${S}|way${S}|simply${S})?too${S}(?:much|many)\b|there${S}(?:is${S}not|isn[’']t|has${S}not${S}been|hasn[’']t${S}been|have${S}not${S}been|haven[’']t${S}been)${S}(?:nearly${S})?enough${S}(?!money|funding|resources|investment|cash|support)\p{L}+)\b`,
);

/** Key words for stance-gates.ts: every alternative above holds one. */
export const ACCLAIM_WORDS =
  'action|step|commend|appreciat|right|deliver|playing field|first|will |protecting|defending|safeguarding|standing up|fighting for';
export const DISPARAGE_WORDS = 'anti-|for granted|too much|too many|enough|disgrace|scandal|travesty|outrage';
