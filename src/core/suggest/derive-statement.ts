// A claim's default statement: the source sentence (or sentences) containing the passage, in one line, so a
// briefing can print a claim as the source says it. Only what plainly does not belong to the statement is
// trimmed from its start, and never past the passage itself: paragraph numbering or a bullet, a bracket or
// quotation mark the sentence does not close, a discourse connective ("However, ", "In addition, ", "And "),
// and a framing phrase ("In its response, "). Attributions stay: "Barnardo's warns ..." is the statement.
// A sentence too long to be one statement gives way to the passage itself.
import { splitSentences } from './sentences';
import type { Span } from './text-spans';

/** Longer than this, a "sentence" is a run of text without full stops (a table, a list), not a statement. */
export const MAX_STATEMENT_LENGTH = 600;

const CONNECTIVES = [
  'However',
  'Moreover',
  'Furthermore',
  'In addition',
  'Additionally',
  'Nevertheless',
  'Nonetheless',
  'Meanwhile',
  'Therefore',
  'Thus',
  'Indeed',
  'Similarly',
  'Likewise',
  'Finally',
  'Firstly',
  'Secondly',
  'Thirdly',
  'Lastly',
  'Consequently',
  'As a result',
  'In contrast',
  'By contrast',
  'On the other hand',
  'In particular',
  'Notably',
  'Overall',
  'In summary',
  'In short',
  'Separately',
  'Further',
  'Also',
];
const LEADS = [
  // numbering before a capital ("5.2 The", "1. The"; not "2.5 million"), "(a) ", "iv) ", and bullets
  /^(?:\d{1,3}(?:\.\d{1,3})*\.?[ \t\u00a0]+(?=\p{Lu})|\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\)[ \t\u00a0]+|[•▪◦·*–—-][ \t\u00a0]+)/u,
  new RegExp(String.raw`^(?:${CONNECTIVES.join('|')}),[ \t\u00a0]+`, 'u'),
  /^(?:And|But|So)[ \t\u00a0]+(?=\S)/u,
  /^In (?:a|an|its|their|his|her|the) (?:statement|response|submission|reply|answer|letter|evidence)(?: to [^,]{1,60})?,[ \t\u00a0]+/u,
];
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '‘': '’', '"': '"', "'": "'" };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '”': '“', '’': '‘' };

/** The sentences of a whole text, for deriving many statements from it (`deriveStatement`'s `sentences`). */
export type SentenceIndex = readonly Span[];

export function indexSentences(text: string): SentenceIndex {
  return splitSentences(text);
}

/** `sentences`: the text's sentence index, when many statements come from one text; the same result. */
export function deriveStatement(text: string, start: number, end: number, sentences?: SentenceIndex): string {
  const passage = tightSpan(text, start, end);
  if (passage.end <= passage.start) return '';
  const around = sentences ? sentencesAround(sentences, passage) : enclosingSentences(text, passage);
  const span = trimLeading(text, around, passage.start);
  trimUnclosedEnd(text, span, passage.end);
  let statement = oneLine(text.slice(span.start, span.end));
  if (statement.length > MAX_STATEMENT_LENGTH) {
    statement = oneLine(text.slice(passage.start, passage.end));
    if (statement.length > MAX_STATEMENT_LENGTH) return cutAtWord(statement, MAX_STATEMENT_LENGTH);
  }
  return span.start > around.start ? capitalise(statement) : statement;
}

/** The span without surrounding white space. */
export function tightSpan(text: string, start: number, end: number): Span {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/u.test(text[s] as string)) s++;
  while (e > s && /\s/u.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

/**
 * From the start of the sentence holding the passage's start to the end of the one holding its end. Only
 * the text near the passage is split, so a source's many suggestions each cost a little: a sentence cut
 * by that window is longer than any statement, so it is never used whole.
 */
export function enclosingSentences(text: string, passage: Span): Span {
  const reach = 2 * MAX_STATEMENT_LENGTH;
  const windowStart = Math.max(0, passage.start - reach);
  const windowEnd = Math.min(text.length, passage.end + reach);
  let from = passage.start;
  let to = passage.end;
  for (const sentence of splitSentences(text.slice(windowStart, windowEnd))) {
    const start = sentence.start + windowStart;
    const end = sentence.end + windowStart;
    if (end <= passage.start) continue;
    if (start >= passage.end) break;
    from = Math.min(from, start);
    to = Math.max(to, end);
  }
  return { start: from, end: to };
}

/**
 * What `enclosingSentences` finds, looked up in the whole text's sentences. A sentence the window there
 * would cut is longer than any statement either way, so the statement comes out the same.
 */
function sentencesAround(sentences: SentenceIndex, passage: Span): Span {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sentences[mid] as Span).end <= passage.start) low = mid + 1;
    else high = mid;
  }
  let from = passage.start;
  let to = passage.end;
  for (let i = low; i < sentences.length; i++) {
    const sentence = sentences[i] as Span;
    if (sentence.start >= passage.end) break;
    from = Math.min(from, sentence.start);
    to = Math.max(to, sentence.end);
  }
  return { start: from, end: to };
}

function trimLeading(text: string, around: Span, limit: number): Span {
  let start = around.start;
  for (let changed = true; changed && start < limit;) {
    changed = false;
    const head = text.slice(start, Math.min(around.end, start + 200));
    const opener = OPENERS[head[0] as string];
    if (opener && !text.slice(start + 1, around.end).includes(opener)) {
      start += 1;
      changed = true;
      continue;
    }
    for (const lead of LEADS) {
      const m = lead.exec(head);
      if (m && start + m[0].length <= limit) {
        start += m[0].length;
        changed = true;
        break;
      }
    }
  }
  return { start, end: around.end };
}

// a closing bracket or quotation mark whose opening is outside the statement
function trimUnclosedEnd(text: string, span: Span, limit: number): void {
  for (;;) {
    const last = text[span.end - 1] as string;
    const opener = CLOSERS[last];
    if (!opener || span.end - 1 < limit || text.slice(span.start, span.end - 1).includes(opener)) return;
    span.end -= 1;
  }
}

// most sentences hold no white space but single spaces, and are only trimmed; any white space but a space,
// or two spaces in a row, is two white space characters in a row or one that is not a space (every white space
// character is one code unit, so the plain pattern is the exact and faster one)
const NOT_ONE_LINE = / {2}|[^\S ]/;

function oneLine(s: string): string {
  return NOT_ONE_LINE.test(s) ? s.replace(/\s+/gu, ' ').trim() : s.trim();
}

function capitalise(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('en-GB'));
}

function cutAtWord(s: string, max: number): string {
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}
