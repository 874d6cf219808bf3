// A demand that lists several things to do ("calling on them to join the partnership, deploy the funding
// available, and ensure investments reach poorer communities") states one position per item, as the
// labelling rules count a listed set of positions. The items are verb phrases after the asking verb's
// "to" (or, for a commitment, the first "to" after its cue: "will use the opportunity to deliver A, to
// increase B and to strengthen C"), joined by commas and a last "and"; each must open with a bare verb
// (or "to" and one), or the commas are not a list.

import { COMMITMENT } from './commitment-cues';
import type { Span } from './text-spans';
import { speedUpCaseless } from './caseless-patterns';

const ASKING = speedUpCaseless(
  /\b(?:call(?:s|ed|ing)?[ \u00a0]+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|request(?:s|ed|ing)?)\b[^.;:]{0,80}?\bto[ \u00a0]+/iu,
);
/** A commitment or a purpose that lists what it is for: "will use the opportunity to deliver A, to increase B
 * and to strengthen C", "will be introduced to prevent A, tackle B and promote C". */
const PURPOSE = /\bto[ \u00a0]+(?=\p{Ll})/u;
const PURPOSE_REACH = 120;
const SEPARATOR = /,[ \u00a0]+(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+(?=to[ \u00a0])/gu;
/** Lower-case words that open a phrase but are not verbs. */
const NOT_A_VERB =
  /^(?:the|a|an|this|that|these|those|which|who|whose|where|when|including|such|as|especially|particularly|and|or|but|in|on|at|for|from|with|by|of|to|their|its|our|his|her|all|any|some|more|most|many|new|local|national|not|so|then|both|each|every|other|than|alongside|across|within|without|through|throughout|into|onto|over|under|between|among|against|before|after|during|about|around|beyond|via|per|like|unlike|plus|except|up|down|out|off|whilst|while|if|unless|because|whether|although|though)$/u;
const BARE_VERB = /^\p{Ll}[\p{Ll}-]+$/u;

/** Verbs of policy action: after a commitment, the items of its list ("tackle B and promote C") open with
 * one of these or with "to", since an adjective in a list of nouns ("security, economic and humanitarian
 * challenges") looks like a bare verb too. */
const ACTION_VERB =
  /^(?:to[ \u00a0]+\p{Ll}|(?:tackle|promote|ensure|protect|build|create|deliver|improve|support|reduce|increase|strengthen|reform|introduce|establish|provide|prevent|secure|help|give|address|raise|cut|end|extend|expand|invest|encourage|enable|allow|restore|modernise|modernize|simplify|boost|bring|maintain|develop|meet|honour|uphold|abolish|ban|replace|remove|review|safeguard|defend|fund|back|champion|consolidate|eliminate|streamline|cap|freeze|lower|close|open|scrap|legislate|require|guarantee|double|halve|set|make|keep|put|take|hold|offer|grow|rebuild|renew|transform|tighten|curb|stop|fight|combat|restrict|limit|devolve|give)\b)/u;

function opensWithVerb(item: string, strict = false): boolean {
  if (strict) return ACTION_VERB.test(item);
  const word = /^(?:to[ \u00a0]+)?([\p{L}-]+)/u.exec(item)?.[1] ?? '';
  return (
    BARE_VERB.test(word) &&
    !NOT_A_VERB.test(word) &&
    !/(?:ing|ed|ly)$/u.test(word) &&
    (!word.endsWith('s') || word.endsWith('ss'))
  );
}

/** "ensure that A, that B and that C": a run of "that" clauses after the cue, each its own item. */
const THAT_ITEM =
  /(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+|[ \u00a0]+)that[ \u00a0]+(?=\p{L})/gu;
const THAT_ITEMS_REACH = 200;
/** "need to ensure that": a "that" this close to the cue opens the list rather than adding to it. */
const MAX_OPENER_WORDS = 4;

function splitThatItems(clause: string, cueStart: number): Span[] {
  const end = clause.replace(/[\s.;:,”"’']+$/u, '').length;
  const seps = [...clause.slice(cueStart).matchAll(THAT_ITEM)]
    .map((m) => ({ at: cueStart + m.index, next: cueStart + m.index + m[0].length }))
    .filter((m) => m.at - cueStart < THAT_ITEMS_REACH);
  // the first "that" opens the list ("ensure that A"), or the list's first item has none ("ensure A are
  // removed, that B and that C"); two joined "that"s at least make a list
  const joined = seps.filter((m) => /^(?:,|[ \u00a0]+and)/u.test(clause.slice(m.at)));
  if (joined.length === 0 || seps.length < 2) return [];
  const items: Span[] = [];
  let from = 0;
  const first = seps[0] as { at: number; next: number };
  const opens =
    clause
      .slice(cueStart, first.at)
      .trim()
      .split(/[ \u00a0]+/u).length <= MAX_OPENER_WORDS;
  for (const m of opens ? seps.slice(1) : seps) {
    items.push({ start: from, end: m.at });
    from = m.next;
  }
  items.push({ start: from, end });
  return items;
}

/** The spans (relative to the clause) of a demand's items, the first running from the clause's start;
 * empty when the clause is not a demand listing two or more verb phrases. */
export function splitDemandItems(clause: string, cueStart: number): Span[] {
  if (clause.includes(' that ', cueStart) && clause.includes('and that ', cueStart)) {
    const items = splitThatItems(clause, cueStart);
    if (items.length > 0) return items;
  }
  // a list needs a comma, so most clauses are passed by without the pattern
  if (!clause.includes(',', cueStart) && !clause.includes(' and to ', cueStart)) return [];
  const rest = clause.slice(cueStart);
  const demand = ASKING.exec(rest);
  const asking = demand ?? (COMMITMENT.test(rest) ? PURPOSE.exec(rest.slice(0, PURPOSE_REACH)) : null);
  if (!asking) return [];
  const strict = !demand;
  const listStart = cueStart + asking.index + asking[0].length;
  const items: Span[] = [];
  let from = listStart;
  SEPARATOR.lastIndex = listStart;
  for (let m = SEPARATOR.exec(clause); m; m = SEPARATOR.exec(clause)) {
    const next = m.index + m[0].length;
    if (!opensWithVerb(clause.slice(next), strict)) continue;
    items.push({ start: from, end: m.index });
    from = next;
  }
  if (items.length === 0 || !opensWithVerb(clause.slice(listStart))) return [];
  const end = clause.replace(/[\s.;:,”"’']+$/u, '').length;
  // "ban fracking, protect peat bogs and restore rivers": once commas have made a list, its last "and"
  // may join two items without one
  const last = clause.slice(from, end);
  const and = /[ \u00a0]+and[ \u00a0]+/gu;
  for (let m = and.exec(last); m; m = and.exec(last)) {
    if (!opensWithVerb(last.slice(m.index + m[0].length), true)) continue;
    items.push({ start: from, end: from + m.index });
    from += m.index + m[0].length;
    break;
  }
  items.push({ start: from, end });
  return items.map((item, i) => (i === 0 ? { start: 0, end: item.end } : item));
}
