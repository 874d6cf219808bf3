// What a new claim on a selected passage starts as: its kind, its typed fields and its statement, read by
// the suggester's own finders, so the claim form, the suggester and the CLI share one set of rules.
//   1. A figure or date that is the passage ("£8.52m", "October 2014"), read in the whole document as
//      the suggester reads it: the document lends a day without a year its year ("March 13th" under a
//      dated heading), "FY 2022" its kind of fiscal year, "2 cent" its currency. Else one read in its
//      sentence (which lends context: "about 10%" is approximate), or else from the passage alone.
//   2. A stance whose clause the passage overlaps by at least half of the shorter of the two, read from the
//      sentence with the text around it (which names the actors that pronouns refer to, and the speaker
//      of a quotation after it closes).
//   3. A short passage (at most eight words) holding exactly one figure or date.
//   4. Otherwise a quote, with no fields.
// The statement is deriveStatement's, whatever the kind.
import type { ClaimFields, ClaimKind } from '../model/records';
import { enclosingSentences, deriveStatement, tightSpan } from './derive-statement';
import { describeDocumentShape } from './document-shape';
import { findVoices } from './document-voice';
import { findStances } from './find-stances';
import { shippedJudge } from './shipped-stance-model';
import { splitSentences } from './sentences';
import { suggestClaims } from './suggest-claims';
import type { Found } from './suggestion';
import { suggestionFields } from './suggestion-fields';
import type { Span } from './text-spans';

export type ClaimPrefill = { kind: ClaimKind; fields: ClaimFields; statement: string };

/** How much text around the passage's sentence the stance finder reads, for actors named there. */
const STANCE_LOOKBACK = 3000;
const STANCE_LOOKAHEAD = 2000;
const SHORT_PASSAGE_WORDS = 8;

export function prefillClaim(text: string, start: number, end: number): ClaimPrefill {
  const statement = deriveStatement(text, start, end);
  const passage = tightSpan(text, start, end);
  if (passage.end <= passage.start) return { kind: 'quote', fields: {}, statement };
  const sentence = enclosingSentences(text, passage);
  const found =
    figureOrDateOfDocument(text, passage) ??
    figureOrDateInSentence(text, sentence, passage) ??
    figureOrDateOfPassage(text, passage) ??
    stanceAt(text, sentence, passage) ??
    loneFigureOrDate(text, sentence, passage);
  if (!found) return { kind: 'quote', fields: {}, statement };
  return { kind: found.kind, fields: suggestionFields({ ...found, text: '' }), statement };
}

function figuresAndDates(text: string, span: Span): Found[] {
  return suggestClaims(text.slice(span.start, span.end), { kinds: ['figure', 'date'] }).map((s) => ({
    ...s,
    start: s.start + span.start,
    end: s.end + span.start,
  }));
}

// the passage is the finding, give or take punctuation and brackets around it
function isThePassage(text: string, f: Span, passage: Span): boolean {
  if (f.start <= passage.start && f.end >= passage.end) return true;
  if (f.start < passage.start || f.end > passage.end) return false;
  const rest = text.slice(passage.start, f.start) + text.slice(f.end, passage.end);
  return /^[\s\p{P}]*$/u.test(rest);
}

// The last text's figures and dates: a researcher selects passage after passage in one source, and the
// whole text is read once for them (a 1 MB text in about 0.1 s).
let lastRead: { text: string; found: Found[] } | null = null;

function figureOrDateOfDocument(text: string, passage: Span): Found | undefined {
  if (lastRead?.text !== text) lastRead = { text, found: suggestClaims(text, { kinds: ['figure', 'date'] }) };
  return lastRead.found.find((f) => isThePassage(text, f, passage));
}

function figureOrDateOfPassage(text: string, passage: Span): Found | undefined {
  return figuresAndDates(text, passage).find((f) => isThePassage(text, f, passage));
}

function figureOrDateInSentence(text: string, sentence: Span, passage: Span): Found | undefined {
  return figuresAndDates(text, sentence).find((f) => isThePassage(text, f, passage));
}

function loneFigureOrDate(text: string, sentence: Span, passage: Span): Found | undefined {
  const words = text.slice(passage.start, passage.end).split(/\s+/u).length;
  if (words > SHORT_PASSAGE_WORDS) return undefined;
  const inside = figuresAndDates(text, sentence).filter(
    (f) => f.start >= passage.start && f.end <= passage.end,
  );
  return inside.length === 1 ? inside[0] : undefined;
}

function stanceAt(text: string, sentence: Span, passage: Span): Found | undefined {
  const from = lookbackStart(text, sentence.start);
  // the voices and the shape are the whole document's: its author is named at its head, outside the
  // window, and the detector weighs a clause by the kind of text it sits in
  const voices = findVoices(text).map((v) => ({ ...v, from: v.from - from }));
  // the suggester's own judge, so a position the detector added is read the same when selected
  const window = text.slice(from, lookaheadEnd(text, sentence.end));
  const stances = findStances(window, voices, shippedJudge(), describeDocumentShape(text));
  let best: Found | undefined;
  let bestOverlap = 0;
  for (const s of stances) {
    const start = s.start + from;
    const end = s.end + from;
    const overlap = Math.min(end, passage.end) - Math.max(start, passage.start);
    const shorter = Math.min(end - start, passage.end - passage.start);
    if (overlap * 2 >= shorter && overlap > bestOverlap) {
      best = { ...s, start, end };
      bestOverlap = overlap;
    }
  }
  return best;
}

// the end of a sentence some way after, so a quotation's speaker named after it is read
function lookaheadEnd(text: string, sentenceEnd: number): number {
  const window = text.slice(sentenceEnd, sentenceEnd + STANCE_LOOKAHEAD);
  const sentences = splitSentences(window);
  const last = sentences.length > 1 ? sentences[sentences.length - 2] : undefined;
  return last ? sentenceEnd + last.end : sentenceEnd;
}

// a sentence start some way before, so the finder starts reading at a sentence as it does over a whole text
function lookbackStart(text: string, sentenceStart: number): number {
  if (sentenceStart <= STANCE_LOOKBACK) return 0;
  const window = text.slice(sentenceStart - STANCE_LOOKBACK, sentenceStart);
  const first = splitSentences(window)[1];
  return first ? sentenceStart - STANCE_LOOKBACK + first.start : sentenceStart;
}
