// Turns a text marks with a label at the start of a line, in two shapes a transcript or round-up takes:
// a briefing's speakers in capitals ("MS. NAME:  We have ...", "SECRETARY NAME:  Thank you") with the
// reporters' questions as "Q" (whose asker the record does not name, so their turn has no holder), and a
// round-up of reactions where each paragraph is a holder and a quotation ("Acme Power CEO Ann Name: “We
// welcome ...”"). Each label opens its holder's turn; a quoted reaction's turn ends with its paragraph.

import { isHolder } from './holder-shape';

export type LabelTurn = { from: number; actor: string; end?: number };

/** "MS. NAME:", "SECRETARY NAME:", "THE PRESIDENT:" followed by the words of the turn on the same line. */
const CAPS_LABEL = /^(\p{Lu}{1,12}\.?(?:[ \u00a0]+\p{Lu}[\p{Lu}’'.-]*){0,3}):[ \u00a0]+(?=\S)/gmu;
/** A reporter's question: "Q    Thank you, Madam Secretary." or "Q. Thank you." */
const QUESTION = /^Q(?:[ \u00a0]{2,}|[.:][ \u00a0]+)(?=\S)/gmu;
/** "A.  We will ..." in a written Q-and-A: the named answerer speaks again. */
const ANSWER = /^A(?:[ \u00a0]{2,}|[.:][ \u00a0]+)(?=\S)/gmu;
/** "Holder words: “" at the start of a paragraph: up to sixteen words, none of them ending a sentence. */
const QUOTE_LABEL = /^(\p{Lu}[^\n:“”"]{1,100}?):[ \u00a0]+[“"]/gmu;
const MAX_LABEL_WORDS = 16;
const MAX_DESCRIBED_WORDS = 24;
const REPORTING = /\b(?:said|says|added|adds|told|tells|explained|speaking|commented|stated|wrote|noted)\b/u;
/** A person's name (two to four capitalised words) and a comma: "Matthew Davis, Vice President of ..." */
const PERSON_THEN_ROLE = /^\p{Lu}[\p{L}’'.-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'.-]+){1,3},[ \u00a0]/u;
/** Fewer labelled lines than this, or all of one speaker, is a list of headings, not a transcript. */
const MIN_CAPS_LINES = 3;
const MIN_SPEAKERS = 2;
const MIN_QUOTE_LABELS = 2;

/** The labelled turns of `text`, in text order; empty when it has none of these shapes. `author`: the
 * document's own voice, who answers a written Q-and-A when no speaker is labelled. */
export function findLabelTurns(text: string, author?: string): LabelTurn[] {
  const turns: LabelTurn[] = [...briefingTurns(text, author), ...quotedReactions(text)];
  return turns.sort((a, b) => a.from - b.from);
}

function briefingTurns(text: string, author: string | undefined): LabelTurn[] {
  const labels = [...text.matchAll(CAPS_LABEL)].filter((m) => /\p{Lu}{2}/u.test(m[1] as string));
  const speakers = new Set(labels.map((m) => m[1] as string));
  const briefing = labels.length >= MIN_CAPS_LINES && speakers.size >= MIN_SPEAKERS;
  const turns: LabelTurn[] = briefing
    ? labels.map((m) => ({ from: m.index, actor: titleCase(m[1] as string) }))
    : [];
  const questions = [...text.matchAll(QUESTION)];
  const answers = [...text.matchAll(ANSWER)];
  // a written Q-and-A: several questions each answered
  if (!briefing && (questions.length < MIN_SPEAKERS || answers.length < MIN_SPEAKERS)) return [];
  for (const m of questions) turns.push({ from: m.index, actor: '' });
  turns.sort((a, b) => a.from - b.from);
  // "A." answers for whoever was named last before the question, else for the document's author
  for (const m of answers) {
    const actor = turns.filter((t) => t.from < m.index && t.actor).pop()?.actor ?? author;
    if (actor) turns.push({ from: m.index, actor });
  }
  return turns;
}

function quotedReactions(text: string): LabelTurn[] {
  const turns: LabelTurn[] = [];
  for (const m of text.matchAll(QUOTE_LABEL)) {
    const label = (m[1] as string).trim();
    const words = label.split(/[ \u00a0]+/u);
    // a holder's name is capitalised throughout ("Oklahoma Gas & Electric Company", "Sen. Ann Name");
    // "The minister said: “" is a sentence
    // "Ann Name, Campaign Manager for Acme and a member of the Rural Power Coalition: “": a person named
    // first, then a comma, may be described in any words
    // ("Jane Smith, the chief executive, said: “" is a sentence that reports her)
    const described =
      PERSON_THEN_ROLE.test(label) && words.length <= MAX_DESCRIBED_WORDS && !REPORTING.test(label);
    if (
      !described &&
      (words.length > MAX_LABEL_WORDS ||
        !words.every((w) => /^[\p{Lu}\p{N}&@(]|^(?:of|for|and|the|de|on)$/u.test(w)))
    )
      continue;
    if (!isHolder(label)) continue;
    const newline = text.indexOf('\n', m.index);
    turns.push({ from: m.index, actor: label, end: newline < 0 ? text.length : newline });
  }
  return turns.length >= MIN_QUOTE_LABELS ? turns : [];
}

/** "SECRETARY FUDGE" -> "Secretary Fudge", "MS. PSAKI" -> "Ms. Psaki". */
export function titleCase(label: string): string {
  return label.replace(/\p{Lu}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
}
