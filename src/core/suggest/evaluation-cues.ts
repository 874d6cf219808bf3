// Stance cues by class of verb and adjective, beyond the reporting verbs of stance-cues.ts: how people in
// policy texts say what they want (intending, committing, asking and encouraging others, hoping, being
// pleased), what they praise (a verdict that something is right, proven, vital, critical to, a roadmap) and
// what they condemn (unfair, unacceptable, a waste, dangerous, reckless, a fallacy). Each class is a list
// of word forms, so a new text's "pressing ministers to" or "defended the change as" is caught by its
// class, not by its sentence. Checked after the specific cues and before the plain modals.

const re = (source: string) => new RegExp(source, 'i');
const S = String.raw`[ \u00a0]+`;

/** Wanting, intending, committing, asking others to act, hoping, being pleased, pledging to keep a policy,
 * pointing to something as an option: support. */
export const INTEND = re(
  String.raw`\b(?:intends?|intended|plans?|aims?|aim(?:s|ed)?|commit(?:s|ted)?|pledge[sd]?|vow(?:s|ed)?|determined|resolved)${S}to\b|\b(?:is|are|am|were|was)${S}(?:working|fighting|striving|pressing|pushing|campaigning|lobbying)${S}(?:\w+${S}){0,3}?(?:to|for)\b|\bcontinue${S}(?:fighting|working|to${S}(?:fight|press|push|work|support|champion))\b|\b(?:ha(?:ve|s)${S}(?:also${S})?)?(?:asked|written${S}to|wrote${S}to|invited|inviting|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|lobb(?:y|ies|ied))${S}(?:[\w’',-]+${S}){0,12}?to${S}(?!the\b|a\b|an\b)\w+|\bcalling${S}on\b|\brequests?${S}that\b|\bhopes?${S}(?:that|it|to|this|these|the)\b|\b(?:pleased|delighted|glad|proud|heartened|encouraged)${S}(?:that|to|by|with)\b|\b(?:are|is)${S}being${S}urged\b|\bcan${S}choose\b|\b(?:we|I|they|petitioners?)${S}(?:\w+ly${S})?support${S}(?!for\b)\w|\b(?:in${S}order|with${S}a${S}view)${S}to\b|\bthe${S}backing${S}of\b|\b(?:welcomed|supported|backed|endorsed|praised|championed|proposed|advocated|favoured)${S}by\b|\bpropos(?:e|es|ed)${S}(?:instead${S})?\w+ing\b|\bpolicy${S}is${S}to\b|\bdefend(?:s|ed|ing)?${S}(?:the|its|their|his|her)\b[^.;]{0,60}\bas\b|\bwilling${S}to\b|\battach(?:es|ed)?${S}(?:great${S}|real${S}|particular${S}|considerable${S}|the${S}utmost${S})?importance${S}to\b|\b(?:have|has|had)${S}every${S}confidence\b|\b(?:am|are|is|remain|remains)${S}(?:\w+ly${S})?confident${S}(?:that|in|we|it|they)\b|\b(?:our|my|their|its|his|her)${S}(?:\w+${S})?commitment${S}to\b|\bbeg${S}to${S}move\b|\b(?:we|I)${S}(?:will|shall)${S}(?:also${S})?(?:continue${S}(?:to${S}(?:provide|protect|fund|support|invest)|with)|protect)\b|\bwill${S}be${S}protected\b|\bvoted${S}(?:to${S}(?:approve|accept|back|support|endorse)|for|in${S}favour)\b|\b(?:has|have|had)${S}proposed${S}(?:a|an|the|new)\b|\bproposes${S}(?:a|an|new)\b|^Resolved,?${S}That\b|\bask${S}(?:[\w’',-]+${S}){0,6}?to${S}(?:approve|support|back|agree|accept|endorse|vote${S}for)\b|\b(?:would|will)${S}(?:keep|retain)\b|\bpoint(?:s|ed|ing)?${S}to\b[^.;]{0,100}?\bas${S}(?:a|an|the)${S}(?:[\w-]+${S})?(?:option|solution|answer|model|way${S}forward)\b`,
);

/** Verdicts in favour: right, proven, vital, critical to, the best way, a roadmap, a lifeline, "we know X works". */
export const PRAISE = re(
  String.raw`\b(?:(?:are|is)${S}the${S}right|the${S}best${S}way|proven|robust|ambitious|critical${S}(?:to|for|in)|vital(?:${S}to)?|essential${S}to|crucial${S}to|testament${S}to|(?:immense|real|significant|huge|great)${S}benefits?|lifeline|roadmap|comprehensive(?=${S}(?:package|plan|strategy|approach|reforms?|programme|program|response|framework|set${S}of|review))|will${S}(?:also${S})?(?:help|create|drive|put|deliver|ensure|reduce|improve|strengthen)|(?:is|are)${S}contributing${S}to|(?:is|are)${S}(?:working|helping)\b|no${S}better${S}time|grounded${S}in|long${S}overdue|makes?${S}(?:absolute${S}|good${S}|perfect${S}|real${S})?sense${S}to|(?:a|the)${S}(?:great|good|excellent|best)${S}way${S}to|(?:an?|the)${S}(?:important|key|vital|crucial)${S}role${S}for|(?:my|our|the${S}government[’']s)${S}(?:absolute${S}|top${S}|first${S})?priority|(?:more|further|greater|urgent)${S}(?:[\w-]+${S}){0,2}(?:is|are)${S}(?:still${S}|urgently${S})?(?:needed|required)|benefits${S}(?:that|which)${S}(?:[\w’'-]+${S}){1,5}?(?:ha(?:s|ve)${S})?(?:brought|delivered|provided)|(?:know|knew|shows?|showed|proves?|proved)${S}(?:that${S})?(?:[\w’'-]+${S}){1,3}works)\b`,
);

/** Verdicts against: unfair, unacceptable, a waste, bad for, dangerous, reckless, hit hard, sadly. */
export const CONDEMN = re(
  String.raw`\b(?:unfair(?:ly)?|unacceptable|unjust|affront|waste${S}of|bad${S}for|dangerous|fallacy|reckless|needless|self-harm|(?:hit|hurt)\b[^.;]{0,40}\bhard|sadly|regrettabl[ey]|nobody${S}wins|no${S}one${S}wins|lack${S}of|criminali[sz]ation|(?<!\b(?:go|goes|going|gone|went)${S})wrong|short-sighted|cruel|punitive|ought${S}not|conceded?${S}that|admit(?:s|ted)?${S}that|(?<!\bin${S})damag(?:e|es|ed|ing)|detrimental|counter-?productive|policy${S}is${S}not${S}to|last${S}thing|irresponsible|(?:not${S}(?:\w+${S})?|un)impressive|devastat(?:e|es|ed|ing)|too${S}optimistic|for${S}(?:far${S})?too${S}long|victims${S}of|(?:would|could|will)${S}risk|(?:has|have)${S}(?:still${S})?not${S}(?:yet${S})?(?:made${S}clear|set${S}out|explained))\b`,
);

/** Key words of the three classes, for stance-gates.ts: every alternative above starts with or holds one. */
export const INTEND_WORDS =
  'intend|plan|aim|commit|pledge|vow|determined|resolved|working|fighting|striving|pressing|pushing|campaigning|lobby|continue|asked|written|wrote|invit|encourag|press|calling on|request|hope|pleased|delighted|glad|proud|heartened|being urged|choose|support|order to|view to|backing|welcomed by|supported by|backed by|endorsed by|praised by|championed by|proposed by|advocated by|favoured by|propos|policy is|defend|willing|will keep|would keep|will retain|would retain|point|importance|every confidence|confident|beg to move|ask |protect|voted|proposed|proposes';
export const PRAISE_WORDS =
  'right|best way|proven|working|comprehensive|robust|ambitious|critical|vital|essential|crucial|testament|benefit|lifeline|roadmap|will |contributing|helping|no better|grounded|overdue|works|sense|great way|good way|excellent way|role for|priority|needed|required';
export const CONDEMN_WORDS =
  'unfair|unacceptable|unjust|affront|waste|bad for|dangerous|fallacy|reckless|needless|self-harm|hard|detrimental|productive|sadly|regrettabl|wins|lack of|criminali|wrong|short-sighted|cruel|punitive|ought not|concede|admit|damag|policy is not|last thing|irresponsible|impressive|devastat|optimistic|too long|victims|risk|made clear|set out|explained';
