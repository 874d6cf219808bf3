// What the trained stance detector sees of one clause: the clause as findStances meets it (its sentence,
// the cue groups whose key words occur in it, the rules' own reading) turned into hashed feature indices.
// The rules' cue lists only fire on words someone thought of; word unigrams and bigrams, the shape of the
// clause (first person, modals, a question, a named body before the verb, a speaker's turn) and where it
// sits in its paragraph let a model trained on the labelled tuning texts find positions no cue names.
// The detector reads every clause of a text, so words are hashed as they are scanned, character by
// character, with no strings built: scoring a clause is then one array read per feature.

import type { StanceReading } from './classify-stance';
import { GATE_NAMES } from './stance-gates';
import { fnv1a } from '../text/fnv1a';
import type { Span } from './text-spans';
import { scanWords, type WordSink } from './word-hashes';

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
  /** The text's shape (document-shape.ts), as feature slots. */
  shape: readonly number[];
};

/** log2 of the hash table's size. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

/** The hash of a word, and of every named feature. */
export const hashString = fnv1a;

// two hashes into one (a murmur3-style finaliser, so that word pairs spread over the table)
function combine(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const UNIGRAM = 1;
const BIGRAM = 2;
const FIRST = 3;
const START = hashString('<s>');
const END = hashString('</s>');

/** The table slot of a named feature ("bias", "gate:oppose", "question" ...). */
export const hashFeature = (name: string): number => hashString(name) & MASK;
/** The slot of a lower-cased word, and of a pair of words in a row. */
export const wordFeature = (word: string): number => combine(hashString(word), UNIGRAM) & MASK;
export const pairFeature = (first: string, second: string): number =>
  combine(combine(hashString(first), BIGRAM), hashString(second)) & MASK;

// words that add a feature of their class besides their own: first person, modals (each its own too), negation
const WORD_CLASSES = new Map<number, number[]>();
const addClass = (words: readonly string[], feature: (word: string) => number[]) => {
  for (const w of words)
    WORD_CLASSES.set(hashString(w), [...(WORD_CLASSES.get(hashString(w)) ?? []), ...feature(w)]);
};
addClass(['i', 'we', 'our', 'us', 'my', 'me', 'ours'], () => [hashFeature('firstPerson')]);
addClass(['should', 'must', 'will', 'ought', 'would', 'could', 'shall', 'need', 'needs'], (w) => [
  hashFeature(`modal:${w}`),
  hashFeature('modal'),
]);
addClass(['not', 'no', 'never', 'cannot', 'nor'], () => [hashFeature('negation')]);
const F = {
  bias: hashFeature('bias'),
  negation: hashFeature('negation'),
  named: hashFeature('named'),
  question: hashFeature('question'),
  ruledBefore: hashFeature('ruledBefore'),
  firstRuled: hashFeature('firstRuled'),
  ruledLast: hashFeature('ruledLast'),
  whole: hashFeature('whole'),
  quote: hashFeature('quote'),
  turnOpen: hashFeature('turnOpen'),
  turnOn: hashFeature('turnOn'),
  ruleVerdict: hashFeature('ruleVerdict'),
  ruleCue: hashFeature('ruleCue'),
  noRule: hashFeature('rule:none'),
};
const GATES = GATE_NAMES.map((g) => hashFeature(`gate:${g}`));
const LENGTHS = [0, 1, 2, 3, 4, 5].map((i) => hashFeature(`len:${i}`));
const PARAGRAPH = [0, 1, 2, 3].map((i) => hashFeature(`para:${i}`));
const CLAUSE = [0, 1, 2].map((i) => hashFeature(`clause:${i}`));
const LENGTH_EDGES = [4, 8, 15, 25, 40];
const QUESTION_END = /\?[”"’')]*\s*$/u;

// features seen in this clause already, stamped with the clause's number instead of cleared each time
const stamps = new Uint32Array(1 << FEATURE_BITS);
let clauseNumber = 0;

/** The hashed features of a clause, each once. */
export function clauseFeatures(view: ClauseView): number[] {
  const out: number[] = [];
  if (++clauseNumber === 0xffffffff) {
    stamps.fill(0);
    clauseNumber = 1;
  }
  const stamp = clauseNumber;
  const add = (f: number) => {
    if (stamps[f] === stamp) return;
    stamps[f] = stamp;
    out.push(f);
  };
  add(F.bias);
  let previous = START;
  let count = 0;
  const sink: WordSink = (hash, capitalised, negative) => {
    add(combine(hash, UNIGRAM) & MASK);
    add(combine(combine(previous, BIGRAM), hash) & MASK);
    if (count === 0) add(combine(hash, FIRST) & MASK);
    else if (capitalised && count < 6) add(F.named);
    const classes = WORD_CLASSES.get(hash);
    if (classes) for (const f of classes) add(f);
    if (negative) add(F.negation);
    previous = hash;
    count++;
  };
  const { text, clause } = view;
  scanWords(text, clause.start, clause.end, sink);
  add(combine(combine(previous, BIGRAM), END) & MASK);
  if (count === 0) add(combine(hashString(''), FIRST) & MASK);
  let length = 0;
  while (length < LENGTH_EDGES.length && count > (LENGTH_EDGES[length] as number)) length++;
  add(LENGTHS[length] as number);
  if (QUESTION_END.test(text.slice(Math.max(clause.start, clause.end - 8), clause.end))) add(F.question);
  for (let g = 0; g < GATES.length; g++) if (view.gates & (1 << g)) add(GATES[g] as number);
  const rule = view.rule;
  if (rule) {
    add(hashFeature(`rule:${rule.stance}`));
    add(hashFeature(`ruleConf:${Math.round(rule.confidence * 20)}`));
    add(rule.verdict ? F.ruleVerdict : F.ruleCue);
  } else add(F.noRule);
  add(view.ruledBefore ? F.ruledBefore : F.firstRuled);
  if (view.ruledLast) add(F.ruledLast);
  add(PARAGRAPH[Math.min(view.paragraphIndex, 3)] as number);
  add(CLAUSE[Math.min(view.clauseIndex, 2)] as number);
  if (clause.start === view.sentence.start && clause.end === view.sentence.end) add(F.whole);
  if (view.inQuote) add(F.quote);
  if (view.turns) add(view.opensTurn ? F.turnOpen : F.turnOn);
  for (const f of view.shape) add(f);
  return out;
}
