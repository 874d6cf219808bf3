// The sentence a briefing prints for a claim: the researcher's own `statement` when the claim has one,
// else the source sentence that contains the start of its quote (the suggester's sentence splitter, so
// both agree on what a sentence is), else the quote itself. Read through this one accessor so briefings
// work for claims stored before statements existed.
import { splitSentences } from '../suggest/sentences';
import type { Claim, Source } from '../model/records';

export function statementOf(claim: Claim, source: Source | undefined): string {
  const own = (claim as { statement?: unknown }).statement;
  if (typeof own === 'string' && own.trim() !== '') return oneLine(own);
  const quote = claim.target.selector[0].exact;
  if (!source) return oneLine(quote);
  const { start, end } = claim.target.selector[1];
  // The stored position is where the quote was; when the text moved, fall back to the quote alone.
  if (source.text.slice(start, end) !== quote) return oneLine(quote);
  const sentence = splitSentences(source.text).find((s) => s.start <= start && start < s.end);
  const text = sentence ? source.text.slice(sentence.start, Math.max(sentence.end, end)) : quote;
  return oneLine(text);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
