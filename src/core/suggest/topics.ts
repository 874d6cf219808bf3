// Names the question a stance is about, from the words that follow its cue ("warns against allowing
// organisations to make a profit" -> "allowing organisations to make a profit"): a short, readable
// phrase for the suggestion list, which the researcher edits when accepting.

const LEAD_IN = /^(?:[\s,“”"‘’']|that\b|to\b|for\b|on\b|of\b|against\b|the need for\b|be\b)+/i;
const MAX_WORDS = 12;
const TRAILING_PUNCTUATION = /[\s,;:.“”"‘’'–—-]+$/u;

export function topicOf(clause: string, cueEnd: number, hint?: string): string {
  // only the first words are kept, so only a short stretch is read
  let rest = clause.slice(cueEnd, cueEnd + 160).replace(LEAD_IN, '');
  if (rest.length < 8) rest = clause.slice(0, 160);
  let end = 0;
  for (let words = 0; end < rest.length && words < MAX_WORDS; words++) {
    const space = rest.indexOf(' ', end + 1);
    end = space < 0 ? rest.length : space;
  }
  const phrase = rest.slice(0, end).replace(TRAILING_PUNCTUATION, '');
  // the hint names the question only when the phrase does not already ("a profit from child protection")
  return hint && !phrase.toLocaleLowerCase('en-GB').includes(hint) ? `${hint}: ${phrase}` : phrase;
}
