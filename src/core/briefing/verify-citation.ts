// Re-anchors a claim's quote in its source's stored text at composition time: the quote at its stored
// position, or found exactly elsewhere, is verified; anything else (text changed, only an approximate
// match, source missing) is unverified, and the briefing says so. Also cuts a few lines of context around
// the passage for the HTML writer's "open the passage".
import { anchorTarget } from '../anchoring/anchor-target';
import type { Claim, Source } from '../model/records';

export type VerifiedPassage = { verified: boolean; start: number; end: number };

export function verifyPassage(claim: Claim, source: Source | undefined): VerifiedPassage {
  const [quote, position] = claim.target.selector;
  if (!source) return { verified: false, start: position.start, end: position.end };
  const range = anchorTarget(source.text, claim.target.selector);
  if (range && source.text.slice(range.start, range.end) === quote.exact) {
    return { verified: true, ...range };
  }
  return { verified: false, start: position.start, end: position.end };
}

/** How much context a citation carries on each side: up to this many lines, and at most CONTEXT_CHARS. */
const CONTEXT_LINES = 2;
const CONTEXT_CHARS = 320;

export function contextAround(text: string, start: number, end: number): { before: string; after: string } {
  const head = text.slice(Math.max(0, start - CONTEXT_CHARS), Math.max(0, start));
  const tail = text.slice(Math.min(text.length, end), Math.min(text.length, end + CONTEXT_CHARS));
  const beforeLines = head.split('\n');
  const afterLines = tail.split('\n');
  return {
    before: beforeLines.slice(-(CONTEXT_LINES + 1)).join('\n'),
    after: afterLines.slice(0, CONTEXT_LINES + 1).join('\n'),
  };
}
