// Names the question a stance is about, from the words that follow its cue ("warns against allowing
// organisations to make a profit" -> "allowing organisations to make a profit"): a short, readable
// phrase for the suggestion list, which the researcher edits when accepting.

import { speedUpCaseless } from './caseless-patterns';

const LEAD_IN = /^(?:[\s,“”"‘’']|that\b|to\b|for\b|on\b|of\b|against\b|the need for\b|be\b)+/i;
const MAX_WORDS = 12;
const TRAILING_PUNCTUATION = /[\s,;:.“”"‘’'–—-]+$/u;
const PHRASE_END =
  /[,;:(–—]|[ \u00a0](?:which|who|whose|where|while|whilst|because|so[ \u00a0]that|as[ \u00a0]well[ \u00a0]as)\b/u;
const DANGLING =
  /[ \u00a0](?:by|of|for|to|the|a|an|and|or|in|on|at|with|from|that|this|their|its|our|is|are|be|will|would|into|than|as)$/iu;
const LINKING_WORD = speedUpCaseless(/\b(?:that|whether|if)[ \u00a0]+/giu);
/** A topic is not cut shorter than this many characters. */
const MIN_TOPIC = 12;

/** `cueStart`: where the cue starts; when it ends the clause ("the measures are working"), the topic is
 * what comes before it. */
export function topicOf(clause: string, cueEnd: number, hint?: string, cueStart?: number): string {
  // only the first words are kept, so only a short stretch is read
  let rest = clause.slice(cueEnd, cueEnd + 160).replace(LEAD_IN, '');
  if (rest.length < 8) rest = cueStart ? subjectBefore(clause.slice(0, cueStart)) : clause.slice(0, 160);
  let end = 0;
  for (let words = 0; end < rest.length && words < MAX_WORDS; words++) {
    const space = rest.indexOf(' ', end + 1);
    end = space < 0 ? rest.length : space;
  }
  // a phrase ends at a comma, dash or bracket or before a relative clause, and never on a word that needs
  // another after it ("the cost of levies by")
  const stop = PHRASE_END.exec(rest.slice(0, end));
  const cut = stop && stop.index >= MIN_TOPIC ? stop.index : end;
  let phrase = rest.slice(0, cut).replace(TRAILING_PUNCTUATION, '');
  for (let m = DANGLING.exec(phrase); m && m.index >= MIN_TOPIC; m = DANGLING.exec(phrase)) {
    phrase = phrase.slice(0, m.index).replace(TRAILING_PUNCTUATION, '');
  }
  // the hint names the question only when the phrase does not already ("a profit from child protection")
  return hint && !phrase.toLocaleLowerCase('en-GB').includes(hint) ? `${hint}: ${phrase}` : phrase;
}

// "we are seeing evidence that the new measures are working" -> "the new measures"
function subjectBefore(before: string): string {
  // the words after the last "that", "whether" or "if": one forward scan, where a leading greedy `.*`
  // would backtrack through the whole clause from every start when none of them is there
  let after = 0;
  LINKING_WORD.lastIndex = 0;
  for (let m = LINKING_WORD.exec(before); m; m = LINKING_WORD.exec(before)) after = m.index + m[0].length;
  const subject = before.slice(after);
  return subject.slice(-160).replace(/[ \u00a0]+(?:is|are|was|were|has|have|will|would)[ \u00a0]*$/iu, '');
}
