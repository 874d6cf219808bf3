// The cue phrases of stance-taking in policy writing, grouped by the position they signal: reporting verbs
// and modal phrases ("welcomes", "calls for", "should"), objections ("warns against", "no convincing
// case"), indecision ("not sure whether", "considering") and declared neutrality. Two topic conventions of
// the labelling rules have their own cues: a complaint about missing money asks for funding (support), and
// an objection to profit opposes profit unless it asks to limit provision to non-profit bodies (support).

const re = (source: string) => new RegExp(source, 'i');

export const NEUTRAL = re(
  String.raw`\b(?:does|do|did)(?:[ \u00a0]+not|n[’']t)[ \u00a0]+come[ \u00a0]+out[ \u00a0]+(?:in[ \u00a0]+favour|for|against)|\bneither[ \u00a0]+(?:supports?|backs?|welcomes?|endorses?|favours?)[ \u00a0]+nor\b|\btakes?[ \u00a0]+no[ \u00a0]+(?:position|view|side|stance)\b|\b(?:is|are|remains?)[ \u00a0]+neutral\b|\bno[ \u00a0]+(?:formal[ \u00a0]+)?(?:position|view)[ \u00a0]+either[ \u00a0]+way\b|\b(?:would|will|did|does|could)(?:[ \u00a0]+not|n[’']t)[ \u00a0]+comment[ \u00a0]+on\b|\b(?:cannot|can[’']t|can[ \u00a0]+not|inappropriate[ \u00a0]+to|unable[ \u00a0]+to)[ \u00a0]+comment[ \u00a0]+on\b|\bdeclined[ \u00a0]+to[ \u00a0]+comment[ \u00a0]+on\b|\b(?:won|wouldn|doesn|don)[’']t[ \u00a0]+comment[ \u00a0]+on\b|\b(?:cannot|can[’']t|can[ \u00a0]+not)[ \u00a0]+\w+[ \u00a0]+or[ \u00a0]+comment\b|\b(?:does|do|did)(?:[ \u00a0]+not|n[’']t)[ \u00a0]+(?:take|have|express)[ \u00a0]+a[ \u00a0]+(?:formal[ \u00a0]+)?(?:position|view|side|stance)\b`,
);

export const UNSURE = re(
  String.raw`\bnot[ \u00a0]+(?:yet[ \u00a0]+)?(?:sure|certain|decided)\b|\bnot[ \u00a0]+yet[ \u00a0]+(?:[“"‘']?)(?:convinced|persuaded)\b|\bunsure\b|\b(?:unclear|uncertain)[ \u00a0]+(?:whether|if|how)\b|\b(?:has|have)[ \u00a0]+yet[ \u00a0]+to[ \u00a0]+take[ \u00a0]+a[ \u00a0]+(?:position|stance)\b|\bundecided\b|\b(?:has|have)[ \u00a0]+yet[ \u00a0]+to[ \u00a0]+(?:decide|take[ \u00a0]+a[ \u00a0]+view|form[ \u00a0]+a[ \u00a0]+view)\b|\b(?:is|are|was|were|been|be)[ \u00a0]+(?:still[ \u00a0]+|now[ \u00a0]+|also[ \u00a0]+|\w+ly[ \u00a0]+)?considering\b|\bexplor(?:e|es|ed|ing)[ \u00a0]+(?:the[ \u00a0]+)?(?:possibility|possibilities|options?|whether)\b|\bconsidering[ \u00a0]+whether\b|\b(?:a|the)[ \u00a0]+question[ \u00a0]+(?:of|as[ \u00a0]+to)[ \u00a0]+whether\b|\bthe[ \u00a0]+question[ \u00a0]+is\b|\bremains?[ \u00a0]+to[ \u00a0]+be[ \u00a0]+seen\b|\bweighing[ \u00a0]+up\b|\b(?:an|the)[ \u00a0]+open[ \u00a0]+mind\b`,
);

/** A question whose point is unmistakable ("Is this the best way to spend ...?") objects. */
export const RHETORICAL = re(
  String.raw`\b(?:the[ \u00a0]+best[ \u00a0]+way|really|surely|why[ \u00a0]+on[ \u00a0]+earth|why[ \u00a0]+should|is[ \u00a0]+it[ \u00a0]+right|is[ \u00a0]+it[ \u00a0]+fair|how[ \u00a0]+can|think[ \u00a0]+it[ \u00a0]+(?:right|fair|acceptable))\b`,
);

/** "How can we possibly ...?", "How can I honestly ...?": an adverb of disbelief makes a question of how
 * to do a thing an objection to it, not a search for the means. */
const DISBELIEF = String.raw`(?:possibly|really|honestly|seriously|conceivably|credibly|reasonably|justifiably)`;
/** "How can we support a Bill that ...?": backing a proposal put as a question is refusing it; "How can we
 * support carers?" asks for the means to an aim. */
const PROPOSAL = String.raw`(?:a|an|the|this|that|these|those|such(?:[ \u00a0]+an?)?)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?(?:Bill|Bills|policy|policies|scheme|schemes|proposals?|plans?|measures?|decisions?|amendments?|motion|budget|cuts?|deal|legislation|regulations?)\b`;

/** A question that asks for something ("Is it not time to end ...?", "Will the Minister commission an
 * impact study?") supports it; so does one that asks how to reach an aim of one's own ("How can we ensure
 * that every village keeps its bus?"), where "How can they justify ...?" objects. */
export const RHETORICAL_DEMAND = re(
  String.raw`\bhow[ \u00a0]+(?:can|could|should|do|might|will)[ \u00a0]+(?:we|I|(?:the|our)[ \u00a0]+(?:nation|country))[ \u00a0]+(?:(?!${DISBELIEF}\b)[a-z]+ly[ \u00a0]+)?(?:ensure|guarantee|protect|improve|strengthen|expand|build|deliver|(?:support|promote|encourage|back|endorse)\b(?![ \u00a0]+${PROPOSAL})|enable|increase|speed|accelerate|develop|create|secure|achieve|maintain|boost|attract|retain|harness|reform|modernise|modernize|tackle|prevent|reduce|address|transform|reimagine|refresh|help|make[ \u00a0]+sure)\b|\b(?:is[ \u00a0]+it[ \u00a0]+not|isn[’']t[ \u00a0]+it)[ \u00a0]+(?:high[ \u00a0]+)?time\b|\bwhy[ \u00a0]+(?:not|won[’']t|don[’']t|doesn[’']t)\b|\b(?:would|is)[ \u00a0]+it[ \u00a0]+not[ \u00a0]+be[ \u00a0]+(?:\w+[ \u00a0]+){0,2}?(?:churlish|sensible|right|better|wise|fair)\b|^(?:(?:so|and|but|then),?[ \u00a0]+)?(?:will|would|can|could|should|are|is)[ \u00a0]+(?:the|my|his|her)[ \u00a0]+(?:right[ \u00a0]+)?(?:hon\.?[ \u00a0]+|honourable[ \u00a0]+)?(?:Minister|Secretary|Taoiseach|Tánaiste|Government|Friend|Prime[ \u00a0]+Minister|Leader|President|Department)\b[^?]{0,40}?\b(?:commission|do|publish|place|review|reconsider|commit|ensure|encourage|make|undertake|act|intervene|introduce|bring|set|take|provide|support|fund|press|urge|consider|guarantee|restore|reverse|scrap|drop|increase|extend)\b`,
);

/** Only some, or only at first: a conditional yes. So is a commitment on a condition the other side may meet
 * ("if they do not do so, the government will bring forward legislation"). */
export const MIXED = re(
  String.raw`\b(?:if\b[^.;]{0,200}?\b(?:not|n[’']t|fails?)\b|unless\b)[^.;]{0,200}?,[ \u00a0]+(?:then[ \u00a0]+)?(?:the[ \u00a0]+government|we|I|ministers)[ \u00a0]+will\b|\b(?:initially|at[ \u00a0]+first|in[ \u00a0]+the[ \u00a0]+first[ \u00a0]+instance|to[ \u00a0]+begin[ \u00a0]+with)[ \u00a0]+only\b|\bonly\b[^.;]{0,80}\b(?:initially|at[ \u00a0]+first|in[ \u00a0]+the[ \u00a0]+first[ \u00a0]+instance)\b|\bin[ \u00a0]+principle\b[^.;]{0,80}\bbut\b|\b(?:am|are|is|was|were|remain|remains)[ \u00a0]+(?:\w+ly[ \u00a0]+)?reluctant[ \u00a0]+to\b|\b(?:I|we)[ \u00a0]+will[ \u00a0]+only[ \u00a0]+\w+\b[^.;]{0,120}?\b(?:if|unless|in[ \u00a0]+the[ \u00a0]+event[ \u00a0]+that|provided[ \u00a0]+that|once)\b`,
);

/** Words a concession uses to grant something before the main clause takes it back. */
export const GRANTING = re(
  String.raw`\b(?:certainly|some|may|might|can|could|useful|skills?|benefits?|merits?|strengths?|advantages?|positive|good|value|welcome|helpful|potential|important|recognises?|accepts?|agrees?)\b`,
);

/** Results of inspections and evaluations are findings, not positions. */
export const FINDING = re(
  String.raw`\b(?:found[ \u00a0]+to[ \u00a0]+be|(?:was|were|been)[ \u00a0]+found|judged[ \u00a0]+to[ \u00a0]+be|an[ \u00a0]+evaluation[ \u00a0]+of|(?:analysis|research|modelling|study|data|figures|statistics|found|evidence|findings|results|estimates)[ \u00a0]+(?:suggests?|suggested|shows?|showed|finds|found|indicates?|indicated)|polled|surveyed)\b`,
);

/** Words of site furniture (cookie notices, sign-in and sharing widgets) rather than positions on policy. */
export const READER =
  /\b(?:cookies?|sign[ \u00a0]+in(?![ \u00a0]+to[ \u00a0]+law)|log[ \u00a0]+in|subscrib\w*|(?:recommended|shared|liked)[ \u00a0]+this)\b/i;

/** "you" right by a cue ("we recommend you upgrade", "if you would be willing"): an instruction to the
 * reader. Elsewhere a speaker's "you" is rhetorical ("you have to ask: why on earth ...") and the view stands. */
export const ADDRESSED = /\b(?:you|your)\b/i;
const ADDRESS_BEFORE = 24;
const SPEAKER_URGES =
  /\b(?:I|we)[ \u00a0]+(?:\w+ly[ \u00a0]+)?(?:urge|encourage|call[ \u00a0]+on|challenge|invite)[ \u00a0]+you\b/u;
const ADDRESS_AFTER = 16;

/** Whether the reader is addressed right by the cue at [cueStart, cueEnd) of the clause. */
export function addressesReader(clause: string, cueStart: number, cueEnd: number): boolean {
  // a speaker urging an audience ("I urge you to review ...", "we encourage you all to join") states a view
  if (SPEAKER_URGES.test(clause.slice(Math.max(0, cueStart - 12), cueEnd + 12))) return false;
  // "Thank you for ensuring ...": the speaker thanks someone, and the cue is the thanks
  if (/^thank[ \u00a0]+you\b/iu.test(clause.slice(cueStart, cueEnd))) return false;
  return ADDRESSED.test(clause.slice(Math.max(0, cueStart - ADDRESS_BEFORE), cueEnd + ADDRESS_AFTER));
}

export const NEGATED_BENEFIT = re(
  String.raw`\b(?:has|have|had|did|does|do|will|would|could)(?:[ \u00a0]+not|n[’']t)[ \u00a0]+(?:enabled?|allowed?|provided?|delivered?|improved?|worked?|helped?)\b`,
);

export const WITHOUT_RISK = re(
  String.raw`^[“"‘']?without\b[^,]{3,120},[^.]*\b(?:risks?|would|will|could|cannot|can[’']t)\b`,
);

export const FUNDING = re(
  String.raw`\b(?:funding|funds|finance|money|resources|investment|budgets?|grants?)\b|[£$€][ \u00a0]?\d`,
);
export const SHORTAGE = re(
  String.raw`\b(?:gap|gaps|pressures?|shortfalls?|starv\w*|cuts?|underfund\w*|lack[ \u00a0]+of|scarce|squeezed?|provide[ \u00a0]+the[ \u00a0]+(?:funding|money|resources)|(?:funding|money|resources)[ \u00a0]+(?:we|they|it|councils)[ \u00a0]+needs?)\b|\b(?:falls?[ \u00a0]+(?:far[ \u00a0]+|well[ \u00a0]+)?short|needs?[ \u00a0]+more[ \u00a0]+(?:money|funding|resources|investment)|(?:(?:will|would)[ \u00a0]+)?(?:need|needs|needed|require|requires)[ \u00a0]+(?:at[ \u00a0]+least[ \u00a0]+|an[ \u00a0]+extra[ \u00a0]+|another[ \u00a0]+|a[ \u00a0]+further[ \u00a0]+)?[£$€])`,
);

export const PROFIT = re(String.raw`\bprofit|\bshareholders?\b`);
export const PROFIT_LIMIT = re(
  String.raw`\bnot[- \u00a0]for[- \u00a0]profit|\bnon[- \u00a0]profit|\brestrict\w*|\blimit\w*[ \u00a0]+to\b|\bonly\b[^.;]{0,80}\b(?:charit\w*|voluntary|public[ \u00a0]bod\w*)`,
);
export const PROFIT_AGAINST = re(
  String.raw`\b(?:not|no|against|warns?|warned|risks?|implications|override|caution|as[ \u00a0]+opposed[ \u00a0]+to|rather[ \u00a0]+than|instead[ \u00a0]+of|shocking|never|cannot|should[ \u00a0]+not|must[ \u00a0]+not)\b`,
);

export const NEGATED_SUPPORT = re(
  String.raw`\b(?:none[ \u00a0]+of|no|few|nobody|no[ \u00a0]+one)\b[^.;]{0,40}\b(?:supports?|backs?(?![ \u00a0]*(?:[.,;:!?]|$)|[ \u00a0]+(?:to|from|into|up|down|out|in|off|on)\b)|welcomes?|favours?)\b|\b(?:does|do|did|would|will)(?:[ \u00a0]+not|n[’']t)[ \u00a0]+(?:support|back(?![ \u00a0]+down\b)|welcome|favour|endorse|agree|want|need)\b|\bnot[ \u00a0]+in[ \u00a0]+favour\b|\bnot[ \u00a0]+(?:convinced|persuaded)\b`,
);

export const OPPOSE = re(
  String.raw`\b(?:oppos(?:e|es|ed|ing)|opposition[ \u00a0]+to|object(?:s|ed)?[ \u00a0]+to|objections?[ \u00a0]+to|warn(?:s|ed|ing)?[ \u00a0]+(?:against|that)|slam(?:s|med)?|accus(?:e|es|ed|ing)[ \u00a0]+[^.;]{0,60}?[ \u00a0]of|brand(?:s|ed)?[ \u00a0]+[^.;]{0,60}?[ \u00a0](?:a|an)[ \u00a0]+(?:betrayal|disgrace|scandal|mistake|shambles|fiasco|failure)|hit(?:s|ting)?[ \u00a0]+out[ \u00a0]+at|lambast(?:s|ed)?|denounc(?:e|es|ed)|(?:is|are|was|were|remains?|am)[ \u00a0]+(?:\w+ly[ \u00a0]+)?(?:concerned|worried|alarmed|dismayed|troubled)[ \u00a0]+(?:about|by|at|that)|argue(?:s|d)?[ \u00a0]+against|come[ \u00a0]+out[ \u00a0]+against|criticis(?:e|es|ed|ing)|reject(?:s|ed)?|condemn(?:s|ed)?|no[ \u00a0]+(?:convincing[ \u00a0]+|compelling[ \u00a0]+|clear[ \u00a0]+|real[ \u00a0]+)?(?:case|evidence|justification|rationale)|flawed|inadequate|(?:deeply[ \u00a0]+|wholly[ \u00a0]+|seriously[ \u00a0]+)?insufficient|more[ \u00a0]+harm[ \u00a0]+than[ \u00a0]+good|(?:profound|serious|significant|real|major|grave|unacceptable)[ \u00a0]+risks?|risks?[ \u00a0]+\w+ing|piecemeal|robbed|undermin\w+|damaging|harmful|ill[- \u00a0]conceived|misguided|unworkable|unjustified|on[ \u00a0]+the[ \u00a0]+contrary|significant[ \u00a0]+implications|too[ \u00a0]+(?:high|low|little|few|narrow|slow|costly|expensive|complex|rigid|bureaucratic|short)|scrap(?:s|ped)?|advis(?:e|es|ed|ing)[ \u00a0]+against|voted[ \u00a0]+(?:against|to[ \u00a0]+reject)|(?:crack|clamp)(?:s|ed|ing)?[ \u00a0]+down[ \u00a0]+on|(?:has|have|had)[ \u00a0]+no[ \u00a0]+(?:wish|desire)[ \u00a0]+to|overturn(?:s|ed)?|dismiss(?:es|ed)|(?:has|have|had)[ \u00a0]+no[ \u00a0]+(?:current[ \u00a0]+)?(?:plans?|intention)[ \u00a0]+to|disappoint(?:ed|ing|ment)|(?:not|n[’']t)[ \u00a0]+go[ \u00a0]+(?:nearly[ \u00a0]+|anywhere[ \u00a0]+near[ \u00a0]+)?far[ \u00a0]+enough|question(?:s|ed)?[ \u00a0]+whether|caution(?:s|ed)?[ \u00a0]+against|gimmicks?|(?:backward|retrograde)[ \u00a0]+step|step[ \u00a0]+backwards?)\b`,
);

/** "should not", "must not", "urges X not to": the thing named is objected to. */
export const NEGATED_MODAL = re(
  String.raw`\b(?:should|must|ought[ \u00a0]+to)[ \u00a0]+not\b|\b(?:shouldn|mustn)[’']t\b|\b(?:urge[sd]?|urging|call(?:s|ed)?[ \u00a0]+on|asks?|asked|begs?)\b[^.;]{0,60}?\bnot[ \u00a0]+to\b`,
);

/** A warning after "but" that qualifies a yes ("welcomed the move, but cautioned that ..."). */
export const CAUTION = re(
  String.raw`\b(?:caution(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?|stress(?:es|ed)?)[ \u00a0]+that\b`,
);

/** The weakest objection cue: "X rather than Y" in a clause with no other cue. */
export const RATHER_THAN = re(String.raw`\brather[ \u00a0]+than\b`);

export const SUPPORT = re(
  String.raw`\b(?:welcom(?:e|es|ed|ing)|in[ \u00a0]+favour[ \u00a0]+of|favours?|(?:expressed|voiced|gave|give|gives|offered|lent|its|their|strong|full|broad|cross-party)[ \u00a0]+support[ \u00a0]+(?:for|to)|(?<!\bto[ \u00a0]+)supports?[ \u00a0]+(?:the|a|an|this|these|its|their|plans?|proposals?|idea|move|calls?)|endorse[sd]?|back(?:s|ed|ing)?[ \u00a0]+(?:the|a|an|this|these|its|their|plans|proposals|calls)|prais(?:e|es|ed|ing)|hail(?:s|ed)?|applaud(?:s|ed)?|(?:a|an)[ \u00a0]+(?:welcome|positive|important|significant)[ \u00a0]+step|step[ \u00a0]+in[ \u00a0]+the[ \u00a0]+right[ \u00a0]+direction|call(?:s|ed|ing)?[ \u00a0]+(?:for|on)|urge[sd]?|recommend(?:s|ed|ing)?|propos(?:e|es|ed)[ \u00a0]+(?:that|to)|wants?|wanted|(?:we|they|councils|it|i)[ \u00a0]+(?:urgently[ \u00a0]+|still[ \u00a0]+)?need[ \u00a0]+(?:a|an|more|new|proper|urgent|long-term|sustainable|fair|real)\b|(?:we|i)[ \u00a0]+(?:urgently[ \u00a0]+|still[ \u00a0]+)?need[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){1,3}?to\b|would[ \u00a0]+(?:like|prefer)|(?:[’']d|would)[ \u00a0]+have[ \u00a0]+liked|keen[ \u00a0]+(?:to|for|on|that)|eager[ \u00a0]+to|should(?![ \u00a0]+(?:expect|receive|see|be[ \u00a0]+able))|must|needs?[ \u00a0]+(?:\w+ly[ \u00a0]+)?to|the[ \u00a0]+need[ \u00a0]+for|ought[ \u00a0]+to|(?<!(?:would|will|could|might)[ \u00a0]+)(?:has|have)[ \u00a0]+to|it[ \u00a0]+is[ \u00a0]+(?:vital|essential|important|crucial|imperative)[ \u00a0]+(?:that|to)|argue(?:s|d)?[ \u00a0]+(?:for|that)|advocat(?:e|es|ed)|believes?|suggest(?:s|ed)?[ \u00a0]+that|(?:presents?|provides?|give|gives|offers?|creates?|opens?)[ \u00a0]+(?:a|an|the|new|real)[ \u00a0]+(?:\w+[ \u00a0]+)?opportunit(?:y|ies)|strong[ \u00a0]+(?:argument|case)|(?:could|would)[ \u00a0]+(?:allow|enable|give|drive|deliver|improve|help|bring|encourage|increase|strengthen|boost)|will[ \u00a0]+(?:give|allow|enable|bring|offer|provide)[ \u00a0]+(?:[\w’']+[ \u00a0]+){0,3}(?:greater|more[ \u00a0]+(?:flexibility|freedom|choice|control)|new[ \u00a0]+(?:freedoms?|powers|flexibilit\w+)|flexibility|freedom|stability|the[ \u00a0]+opportunity)|(?:could|can|should)[ \u00a0]+be[ \u00a0]+used[ \u00a0]+to|fail(?:s|ed|ing)?[ \u00a0]+to[ \u00a0]+(?:address|ensure|pin[ \u00a0]+down|tackle|provide|consider|deliver|protect|meet|recognise))\b`,
);
