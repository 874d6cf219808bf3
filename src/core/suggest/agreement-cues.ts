// Agreement said emphatically or as a verdict on someone else's point: "I could not agree more", "we
// cannot welcome it enough" read as strong support although they carry a negation, and "the hon. Gentleman
// is absolutely right to say that ...", "the Fund was right to say ..." are the speaker siding with that
// point (the one judged right is not the holder). Checked before the negation cues.

const S = String.raw`[ \u00a0]+`;

/** "could not agree more", "couldn't support it more", "cannot welcome this enough". */
export const EMPHATIC_AGREEMENT = new RegExp(
  String.raw`\b(?:could|can)(?:${S}not|not|n[’']t)${S}(?:agree|support|welcome|endorse)(?:${S}(?:\p{Ll}+${S}){0,3}?)?${S}?(?:more|enough)\b`,
  'iu',
);

/** "is absolutely right to say that ...", "was right that ...". */
export const RIGHT_TO_SAY = new RegExp(
  String.raw`\b(?:is|are|was|were)${S}(?:absolutely${S}|quite${S}|entirely${S}|completely${S}|so${S}|surely${S})?right${S}(?:to${S}(?:say|point|raise|highlight|argue|suggest|stress|emphasi[sz]e|recognise|recognize|draw)|that|when|about)\b`,
  'iu',
);
