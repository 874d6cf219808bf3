// What the trained stance detector sees of one clause: the clause as findStances meets it (its sentence,
// the cue groups whose key words occur in it, the rules' own reading) turned into hashed feature indices.
// The rules' cue lists only fire on words someone thought of; word unigrams and bigrams, the shape of the
// clause (first person, modals, a question, a named body before the verb, a speaker's turn) and where it
// sits in its paragraph let a model trained on the labelled tuning texts find positions no cue names.
// Feature names are hashed (FNV-1a) into a fixed table, so scoring a clause is one array read per feature.

import type { StanceReading } from './classify-stance';
import { GATE_NAMES } from './stance-gates';
import type { Span } from './text-spans';

/** Everything findStances knows of a clause when it decides whether the clause states a position. */
export type ClauseView = {
  text: string;
  sentence: Span;
  clause: Span;
  /** The cue groups whose key words occur in the clause (stance-gates.ts bits). */
  gates: number;
  /** The rules' reading of the clause, if any rule fired. */
  rule: StanceReading | undefined;
  /** A rule read an earlier clause of the same sentence. */
  ruledBefore: boolean;
  /** A rule read a clause of the sentence before. */
  ruledLast: boolean;
  /** The sentence's place in its paragraph (0: first). */
  paragraphIndex: number;
  /** The clause's place in its sentence (0: first). */
  clauseIndex: number;
  inQuote: boolean;
  /** The text is one of speakers' turns, and whether this sentence opens one. */
  turns: boolean;
  opensTurn: boolean;
};

/** log2 of the hash table's size. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)?|[?!£$%]/gu;
const FIRST_PERSON = new Set(['i', 'we', 'our', 'us', 'my', 'me', 'ours']);
const MODALS = new Set(['should', 'must', 'will', 'ought', 'would', 'could', 'shall', 'need', 'needs']);
const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 'nor']);

/** FNV-1a over the string's UTF-16 code units, folded into the table. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

const bucket = (n: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && n > (edges[i] as number)) i++;
  return i;
};

/** The hashed features of a clause, without repeats. */
export function clauseFeatures(view: ClauseView): number[] {
  const names: string[] = ['bias'];
  const raw = view.text.slice(view.clause.start, view.clause.end);
  const lower = raw.toLowerCase();
  const words = lower.match(WORD) ?? [];
  const cased = raw.match(WORD) ?? [];
  let previous = '<s>';
  for (const w of words) {
    names.push(`w:${w}`, `b:${previous} ${w}`);
    if (FIRST_PERSON.has(w)) names.push('firstPerson');
    if (MODALS.has(w)) names.push(`modal:${w}`, 'modal');
    if (NEGATIONS.has(w) || w.endsWith('n’t') || w.endsWith("n't")) names.push('negation');
    previous = w;
  }
  names.push(
    `b:${previous} </s>`,
    `first:${words[0] ?? ''}`,
    `len:${bucket(words.length, [4, 8, 15, 25, 40])}`,
  );
  // a named body or person before the verb ("the Local Government Association warns")
  for (let i = 1; i < Math.min(cased.length, 6); i++) {
    if (/^\p{Lu}/u.test(cased[i] as string)) {
      names.push('named');
      break;
    }
  }
  if (/\?[”"’')]*\s*$/u.test(raw)) names.push('question');
  for (let g = 0; g < GATE_NAMES.length; g++) if (view.gates & (1 << g)) names.push(`gate:${GATE_NAMES[g]}`);
  const rule = view.rule;
  names.push(`rule:${rule?.stance ?? 'none'}`, view.ruledBefore ? 'ruledBefore' : 'firstRuled');
  if (view.ruledLast) names.push('ruledLast');
  if (rule)
    names.push(`ruleConf:${Math.round(rule.confidence * 20)}`, rule.verdict ? 'ruleVerdict' : 'ruleCue');
  names.push(`para:${Math.min(view.paragraphIndex, 3)}`, `clause:${Math.min(view.clauseIndex, 2)}`);
  if (view.clause.start === view.sentence.start && view.clause.end === view.sentence.end) names.push('whole');
  if (view.inQuote) names.push('quote');
  if (view.turns) names.push(view.opensTurn ? 'turnOpen' : 'turnOn');
  const seen = new Set<number>();
  for (const name of names) seen.add(hashFeature(name));
  return [...seen];
}
