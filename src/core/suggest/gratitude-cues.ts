// Thanks and honour for what someone did on a policy question are support for it: "Thank you, @POTUS, for
// ensuring data centres pay their way", "We appreciate the Governor's leadership in advancing ...",
// "Honoured to join the President for the Pledge". Thanks for the courtesies of a sitting or a visit ("for
// joining us", "for being here", "for giving way", "for the question") and a website's "thank you for visiting"
// are no position, so they are left out.

const S = String.raw`[ \u00a0]+`;
const COURTESY = String.raw`(?:joining|being|having|coming|visiting|reading|listening|watching|subscribing|registering|inviting|hosting|giving${S}way|allowing${S}me|your${S}time|(?:the|that|this|your)${S}(?:question|opportunity|invitation|welcome|introduction|kind${S}words))`;

/** Thanks, appreciation or honour for an action or a policy: support. */
export const GRATITUDE = new RegExp(
  String.raw`\b(?:thank(?:s|${S}you)?|grateful|gratitude)\b[^.;?!]{0,80}?\bfor${S}(?!${COURTESY}\b)(?:(?:his|her|their|your|its|the)${S})?(?:\p{Ll}+ing\b|leadership|decision|commitment|action|support|pledge|efforts?)|\bappreciate[sd]?${S}[^.;?!]{0,60}?\b(?:leadership|commitment|decision|action|support|efforts?)${S}(?:in|on|to|for)\b|\bhonou?red${S}to${S}(?:join|sign|support|celebrate|stand${S}with|back)\b`,
  'iu',
);

/** Key words for the gate (stance-gates.ts): every alternative above holds one. */
export const GRATITUDE_WORDS = 'thank|grateful|gratitude|appreciat|honored|honoured';
