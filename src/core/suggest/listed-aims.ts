// A programme's or policy paper's listed aims: a lead-in line that commits to what follows ("The Budget
// sets out actions the government will take to:", "The strategy states that the UK will:", "the President
// has called on Congress to:", "the initial actions being supported by the fund:", a first-person "We are
// doing this by:") and the paragraphs after
// it that read as its items ("help young people ...", "Take powers to allow ...", "• secure ..."). Each item
// is a position of the lead-in's holder (LABELING.md: one entry per listed item), though no cue word of its
// own says so. A lead-in that lists findings, reasons or figures ("Key findings include:", "the limits
// are:", "reduce the cost of levies by:") lists no aims.

import { subjectOf } from './actors';
import type { StanceReading } from './classify-stance';
import { isHolder } from './holder-shape';

export type ListedAim = {
  /** Where the item's paragraph starts and ends. */
  start: number;
  end: number;
  /** Who the lead-in says holds the aims, when it names one. */
  holder?: string;
};

const S = String.raw`[ \u00a0]+`;
/** The lead-in ends by committing: "... will:", "... will take to:", "... aims to:", "calls on Congress to:". */
const COMMITTING_END = new RegExp(
  String.raw`\b(?:will|shall|(?:will|shall)${S}(?:\S+${S}){0,3}to|(?:aims?|plans?|intends?|proposes?|commits?|committed|pledges?|resolves?|going|wants?)${S}to|(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing))${S}on${S}(?:\S+${S}){1,3}to)[ \u00a0]*:$`,
  'iu',
);
/** Or it names its items as aims: "the initial actions being supported by ...:", "key priorities include:". */
const AIMS_NAMED = new RegExp(
  String.raw`\b(?:actions|priorities|commitments|pledges|objectives|aims|goals|proposals|measures|steps)\b[^:]{0,80}\b(?:will|include|includes|are${S}to|supported|sets?${S}out|setting${S}out)\b`,
  'iu',
);
/** Or the author says how it pursues its own aim: "We are doing this by:", "We will meet that ambition by:".
 * (A reported reduction's means, "the Government confirmed they will reduce the cost by:", list figures.)
 * The author acts (an -ing form, or a verb after "will"); "We are concerned by:", "We will be hit by:" and
 * "We are facing costs caused by:" list what is done to it, not its means. */
const OWN_MEANS =
  /^(?:we|I)[ \u00a0]+(?:(?:are|am)[ \u00a0]+(?:\p{L}+ly[ \u00a0]+)?(?!being\b)\p{L}+ing|(?:will|shall)[ \u00a0]+(?:\p{L}+ly[ \u00a0]+)?(?!be\b)\p{L}+)\b[^:]*(?<!\p{L}ed)[ \u00a0]+by[ \u00a0]*:$/iu;
/** An item opens in lower case, with a bullet or a number, or with a verb's bare form ("Take powers"). */
const BULLET = /^(?:[•▪●◦‣∙*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \u00a0]/u;
const NOT_IMPERATIVE =
  /^(?:the|a|an|this|these|that|those|it|its|there|we|i|they|he|she|you|our|their|his|her|my|by|in|on|at|for|with|from|as|if|when|while|but|and|or|so|however|also|first|second|third|finally|then|here|what|why|how|who|which|where|all|some|many|most|each|every|no|not|key|highlights?|[\p{L}]+ly|[\p{L}]+ing|[\p{L}]+ed)$/iu;
/** A pronoun, or a country ("the UK will:" in a department's statement): the paper's author holds these. */
const NOT_A_HOLDER =
  /^(?:it|this|that|they|these|(?:the[ \u00a0]+)?(?:UK|United[ \u00a0]+Kingdom|US|U\.S\.|United[ \u00a0]+States|Britain|Great[ \u00a0]+Britain|England|Scotland|Wales|Ireland|country|nation))$/iu;
const MAX_ITEMS = 15;
const MAX_ITEM_LENGTH = 700;
const MAX_LEAD_IN_LENGTH = 400;

/** An item states its aim without a cue: a yes, less sure than a cue's. */
export const AIM_READING: StanceReading = { stance: 'support', confidence: 0.5, cueEnd: 0 };

/** The aim whose item opens at `start` (the item's first sentence carries the aim; what follows explains it). */
export function aimOpening(aims: readonly ListedAim[], start: number): ListedAim | undefined {
  return aims.find((aim) => aim.start === start);
}

export function findListedAims(text: string): ListedAim[] {
  const aims: ListedAim[] = [];
  const paragraphs = paragraphsOf(text);
  for (let i = 0; i < paragraphs.length; i++) {
    const lead = paragraphs[i] as Paragraph;
    const line = text.slice(lead.start, lead.end);
    if (line.length > MAX_LEAD_IN_LENGTH || !line.endsWith(':')) continue;
    const leadIn = lastSentence(line);
    if (!COMMITTING_END.test(leadIn) && !AIMS_NAMED.test(leadIn) && !OWN_MEANS.test(leadIn)) continue;
    const holder = holderOf(leadIn);
    for (let j = i + 1; j < paragraphs.length && j <= i + MAX_ITEMS; j++) {
      const item = paragraphs[j] as Paragraph;
      const words = text.slice(item.start, item.end);
      if (!isItem(words)) break;
      aims.push({ start: item.start, end: item.end, ...(holder ? { holder } : {}) });
      if (words.endsWith(':')) break;
    }
  }
  return aims;
}

/** Whether a paragraph reads as an item of a list of aims. */
export function isItem(paragraph: string): boolean {
  if (paragraph.length > MAX_ITEM_LENGTH || paragraph.split(/[ \u00a0]+/u).length < 3) return false;
  if (BULLET.test(paragraph) || /^\p{Ll}/u.test(paragraph)) return true;
  // "Take powers to ...", "Enable a system ...": a capitalised bare verb before a word in lower case
  const [first, second] = paragraph.split(/[ \u00a0]+/u);
  return (
    !!first &&
    !!second &&
    /^\p{Lu}\p{Ll}+$/u.test(first) &&
    !NOT_IMPERATIVE.test(first) &&
    /^\p{Ll}/u.test(second)
  );
}

/** "... the government will take to:" names the government; "the President has called on Congress to:" the
 * President; else the lead-in's grammatical subject, when it is shaped like a holder. */
function holderOf(leadIn: string): string | undefined {
  const willing =
    /(?:^|,[ \u00a0]+|\b(?:that|which|who)[ \u00a0]+|\b(?:actions|steps|measures)[ \u00a0]+)((?:the|this|our|my|his|her|its|their)?[ \u00a0]*(?:[\p{L}’'.-]+[ \u00a0]+){0,3}?[\p{L}’'.-]+)[ \u00a0]+(?:will|shall|has[ \u00a0]+called|have[ \u00a0]+called|calls|called|urges|urged)\b/iu.exec(
      leadIn,
    )?.[1];
  if (willing && isHolder(willing) && !NOT_A_HOLDER.test(willing)) return willing;
  const subject = subjectOf(leadIn);
  return subject && !subject.pronoun && isHolder(subject.actor) ? subject.actor : undefined;
}

type Paragraph = { start: number; end: number };

/** The text's non-empty lines, trimmed. */
function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let at = 0;
  while (at < text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    let start = at;
    let end = next;
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    if (end > start) paragraphs.push({ start, end });
    at = next + 1;
  }
  return paragraphs;
}

/** A lead-in line's last sentence: "... these three principles. The strategy states that the UK will:". */
function lastSentence(line: string): string {
  const stops = [...line.matchAll(/[.!?][”"’')\]]*[ \u00a0]+(?=\p{Lu})/gu)];
  const last = stops[stops.length - 1];
  return last ? line.slice(last.index + last[0].length) : line;
}
