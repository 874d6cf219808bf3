// How two consecutive lines of a PDF are joined in a source's text. A word hyphenated at a line end is
// joined without its hyphen ("adminis-" + "tration"), but real compounds keep it: when the part before
// the hyphen is a common compound prefix ("self-", "well-", "non-") or already holds a hyphen
// ("long-term-"), or the next part starts with a capital or a digit ("Anglo-Saxon", "COVID-19"). URLs are
// never de-hyphenated or split by a space. Other lines are joined by a space when the first was wrapped,
// or by a line break when it was ended on purpose (a heading, a table row, a short last line).

// Kept short on purpose: a prefix that is also a common first syllable ("part-ner", "mid-dle", "pro-gramme")
// would keep hyphens that hyphenation put there.
const COMPOUND_PREFIXES = new Set(
  'self well non co cross long short high low full half semi anti counter all vice so'.split(' '),
);

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$/i;
const URL_CONTINUES = /[/\-_?&=#~%.]$/;

export type LineBreak = 'space' | 'none' | 'line';

/** The last whitespace-separated token of a line. */
function lastToken(text: string): string {
  return /\S*$/.exec(text)?.[0] ?? '';
}

/**
 * How to join `previous` to `next` when `previous` was wrapped (its text ran on to the next line):
 * 'none' (glued, after removing a hyphenation hyphen when `dropHyphen`), or 'space'.
 */
export function joinWrapped(previous: string, next: string): { join: LineBreak; dropHyphen: boolean } {
  const token = lastToken(previous);
  if (URL_LIKE.test(token)) {
    const glued = URL_CONTINUES.test(token) && /^[^\s]/.test(next) && !/^[A-Z][a-z]/.test(next);
    return { join: glued ? 'none' : 'space', dropHyphen: false };
  }
  if (/\u00ad$/.test(previous)) return { join: 'none', dropHyphen: true };
  if (!/\p{L}[-\u2010]$/u.test(previous)) return { join: 'space', dropHyphen: false };
  const before = token.slice(0, -1).replace(/^[^\p{L}\p{N}]+/u, '');
  if (/^\p{Ll}/u.test(next) && !before.includes('-') && !COMPOUND_PREFIXES.has(before.toLowerCase())) {
    return { join: 'none', dropHyphen: true };
  }
  // A real compound (or a hyphen before a capital, digit or punctuation): keep the hyphen, no space.
  return { join: 'none', dropHyphen: false };
}

/** True when the line ends a sentence or clause, so a break after it is not a wrap. */
export function endsSentence(text: string): boolean {
  return /[.!?:;]["'”’)\]]*$/.test(text);
}

/** True when the line ends with a hyphen that may continue a word on the next line. */
export function endsWithHyphen(text: string): boolean {
  return /\p{L}[-\u2010\u00ad]$/u.test(text);
}
