// A text's own commitments: "My Government will ...", "my ministers will ...", "we will ...", and a
// programme's "Legislation will be introduced to ...", "A Bill will be brought forward to ...". A
// speech, statement or programme that says what its author will do states the author's position on it
// (the holder is the document's voice, worked out in document-voice.ts). Words that only steer the talk
// ("I will now turn to", "we will see", "I will write to him") commit to nothing.

import { speedUpCaseless } from './caseless-patterns';

const S = String.raw`[ \u00a0]+`;
const caseless = (source: string) => speedUpCaseless(new RegExp(source, 'iu'));
/** Verbs that steer a speech or a conversation rather than commit to a policy. */
const TALK = String.raw`be|have|not|never|now|see|hear|return|come|look|turn|talk|write|say|give|take|try|get|go|know|find|answer|deal|reply|respond|hold|keep|wait|leave|let|make|move|begin|start|end|conclude|finish|happily|gladly|certainly|do|report|touch|concentrate|explain|fall|focus|mention|describe|update|outline|set|consider|refer|speak|discuss|cover|summarise|summarize|repeat|read|listen|need|want|probably|perhaps|submit|pass|send|share|circulate|forward|email|post|follow|check|ring|phone|call|ask|bring|put`;

/** Where the commitment starts and ends (its verb included), matched against a clause. */
export const COMMITMENT = caseless(
  String.raw`\b(?:(?:my|our)${S}(?:government|ministers)|we|I)${S}(?:will|shall)${S}(?:also${S}|further${S}|continue${S}to${S}|continue${S}(?=\w+ing\b))?(?!(?:${TALK})\b)[a-z]+\b(?!${S}(?:[\w-]+${S})?[£$€]?\d)|\b(?:(?:new${S})?legislation|(?:a|new)${S}bill|bills|measures|proposals)${S}will${S}(?:also${S})?(?:be${S}(?:introduced|brought${S}forward|published|taken)|(?!be\b|have\b|not\b)[a-z]+)\b`,
);

/** What a proposal does, in its author's words: "The Budget maintains ...", "The Bill would extend ...", "the
 * President's Budget request empowers ...". A budget, bill or plan put forward by the text's author is the
 * author's position on each thing it keeps or creates (what it cuts is PROPOSAL_REMOVAL). */
export const PROPOSAL_ACTION = caseless(
  String.raw`\b(?:the|this|our|my)${S}(?:[\w’'-]+[’']s${S})?(?:budget|bill|plan|proposal|legislation)(?:${S}request)?${S}(?:also${S}|further${S}|would${S}(?:also${S})?)?(?:ensur|prioriti[sz]|reorgani[sz]|expand|maintain|preserv|refocus|continu|empower|streamlin|fund|amply${S}fund|consolidat|reorient|protect|restor|increas|reduc|invest|provid|support|creat|establish|strengthen|reform|replac|guarantee|double|freez|cap|lower|rais|extend|build|deliver|make|help)(?:s|es|e)?\b`,
);

/** What the author's proposal cuts or ends ("The Budget eliminates ...", "the Budget proposes to cancel
 * ...") is what the author opposes. */
export const PROPOSAL_REMOVAL = caseless(
  String.raw`\b(?:the|this|our|my)${S}(?:[\w’'-]+[’']s${S})?(?:budget|bill|plan|proposal|legislation)(?:${S}request)?${S}(?:also${S}|further${S}|would${S}(?:also${S})?|proposes${S}to${S})?(?:eliminat|cancel|end|cut|weed|halt|stop|abolish|ban|remov|defund|scrap|repeal|terminat|clos|halve)(?:s|es|e)?\b`,
);

/** "My government will ...", "My ministers will ...", a Budget's "the government will ...": a text that says
 * this again and again is a programme. */
const PROGRAMME_ITEM = speedUpCaseless(
  /\b(?:(?:my|our|his|her)[ \u00a0]+(?:government|ministers)|the[ \u00a0]+government)[ \u00a0]+will\b/giu,
);
const MIN_PROGRAMME_ITEMS = 4;
/** In a programme every "will" of the text is an item of it: "Old prisons will be closed", "It will play a
 * leading role in ...", "There will also be a fairer balance ...". */
export const PROGRAMME_WILL = speedUpCaseless(/\bwill\b(?![ \u00a0]+(?:not|never)\b)/iu);

/** Whether the text is a government's programme (a speech from the throne, a manifesto's pledges). */
export function isProgramme(text: string): boolean {
  let n = 0;
  PROGRAMME_ITEM.lastIndex = 0;
  while (PROGRAMME_ITEM.exec(text)) if (++n >= MIN_PROGRAMME_ITEMS) return true;
  return false;
}
