// A demand that lists several things to do ("calling on them to join the partnership, deploy the funding
// available, and ensure investments reach poorer communities") states one position per item, as the
// labelling rules count a listed set of positions. The items are verb phrases after the asking verb's
// "to", joined by commas and a last "and"; each must open with a bare verb, or the commas are not a list.

import type { Span } from './text-spans';

const ASKING =
  /\b(?:call(?:s|ed|ing)?[ \u00a0]+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|request(?:s|ed|ing)?)\b[^.;:]{0,80}?\bto[ \u00a0]+/iu;
const SEPARATOR = /,[ \u00a0]+(?:and[ \u00a0]+|or[ \u00a0]+)?/gu;
/** Lower-case words that open a phrase but are not verbs. */
const NOT_A_VERB =
  /^(?:the|a|an|this|that|these|those|which|who|whose|where|when|including|such|as|especially|particularly|and|or|but|in|on|at|for|from|with|by|of|to|their|its|our|his|her|all|any|some|more|most|many|new|local|national|not|so|then|both|each|every|other|than|alongside|across|within|without|through|throughout|into|onto|over|under|between|among|against|before|after|during|about|around|beyond|via|per|like|unlike|plus|except|up|down|out|off|whilst|while|if|unless|because|whether|although|though)$/u;
const BARE_VERB = /^\p{Ll}[\p{Ll}-]+$/u;

function opensWithVerb(item: string): boolean {
  const word = /^[\p{L}-]+/u.exec(item)?.[0] ?? '';
  return (
    BARE_VERB.test(word) &&
    !NOT_A_VERB.test(word) &&
    !/(?:ing|ed|ly)$/u.test(word) &&
    (!word.endsWith('s') || word.endsWith('ss'))
  );
}

/** The spans (relative to the clause) of a demand's items, the first running from the clause's start;
 * empty when the clause is not a demand listing two or more verb phrases. */
export function splitDemandItems(clause: string, cueStart: number): Span[] {
  // a list needs a comma, so most clauses are passed by without the pattern
  if (!clause.includes(',', cueStart)) return [];
  const asking = ASKING.exec(clause.slice(cueStart));
  if (!asking) return [];
  const listStart = cueStart + asking.index + asking[0].length;
  const items: Span[] = [];
  let from = listStart;
  SEPARATOR.lastIndex = listStart;
  for (let m = SEPARATOR.exec(clause); m; m = SEPARATOR.exec(clause)) {
    const next = m.index + m[0].length;
    if (!opensWithVerb(clause.slice(next))) continue;
    items.push({ start: from, end: m.index });
    from = next;
  }
  if (items.length === 0 || !opensWithVerb(clause.slice(listStart))) return [];
  items.push({ start: from, end: clause.replace(/[\s.;:,”"’']+$/u, '').length });
  return items.map((item, i) => (i === 0 ? { start: 0, end: item.end } : item));
}
