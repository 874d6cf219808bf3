// The span and holders of a stance once its clause is found: the clause trimmed to the statement itself,
// and a holder written as two bodies ("LGA and ADASS") split into one per body.

import type { Span } from './text-spans';

const ORGANISATION_NOUN =
  /\b(?:Board|Committee|Trust|Association|Council|Group|Services|Partnership|Company|Ltd|Network|Alliance|Federation|Society|Commission|Department|Office|Agency|Service|People|Families|Children)$/u;

/** A body named for what it does, whose "and" lies inside its name: "Department for Work and Pensions",
 * "Ministry of Housing and Planning", "Minister for Trade and Industry". */
const BODY_FOR =
  /^(?:the )?(?:Department|Ministry|Office|Institute|Council|Commission|Committee|Board|Agency|Centre|Minister|Secretary of State) (?:for|of) /iu;

// drop leading connectives and punctuation, so the span starts at the statement itself
export function trimClause(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  // connectives, and the numbering of a report's paragraphs ("5.2", "(a)")
  const lead =
    /^(?:[\s,;:–—-]+|(?:and|but|or|whilst|while)\b\s*|\d+(?:\.\d+)*\.?[ \t]+|\([a-z0-9]{1,3}\)[ \t]+)+/iu.exec(
      text.slice(start, Math.min(end, start + 16)),
    );
  if (lead) start += lead[0].length;
  while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

// "LGA and ADASS" -> two actors; "Children and Young People Board" and "Department for Work and Pensions"
// stay one
export function splitActors(actor: string): string[] {
  const m = /^(\S+(?: \S+){0,2}) and (?:the )?(\S+(?: \S+){0,2})$/u.exec(actor);
  if (!m || ORGANISATION_NOUN.test(actor) || !/^\p{Lu}/u.test(m[2] as string)) return [actor];
  // one body's name when what follows its "and" is a plain word, not "the Treasury", "HMRC" or another body
  const second = m[2] as string;
  const another = / and the /iu.test(actor) || /^\p{Lu}{2,}$/u.test(second) || BODY_FOR.test(second);
  if (BODY_FOR.test(actor) && !another) return [actor];
  return [m[1] as string, m[2] as string];
}
