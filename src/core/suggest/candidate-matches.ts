// Runs a costly global pattern over a whole text only where a cheap one says a match can start. A pattern
// that opens with a word boundary and a case-insensitive Unicode word list (flags `giu`) is scanned slowly
// by V8 at every position of a long text; a plain list of the same words finds the few places worth
// trying many times faster. The matches are exactly those of the pattern's own scan (an exec loop from
// position 0), provided every match of `pattern` starts where `starts` matches.

const STICKY = new WeakMap<RegExp, RegExp>();

/** The matches of global `pattern` in `text`, in order, each tried only at a match of global `starts`. */
export function* matchAtCandidates(
  pattern: RegExp,
  starts: RegExp,
  text: string,
): Generator<RegExpExecArray> {
  let sticky = STICKY.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    STICKY.set(pattern, sticky);
  }
  let from = 0;
  while (from <= text.length) {
    starts.lastIndex = from;
    const candidate = starts.exec(text);
    if (!candidate) return;
    sticky.lastIndex = candidate.index;
    const match = sticky.exec(text);
    if (match && match[0].length > 0) {
      yield match;
      from = match.index + match[0].length;
    } else {
      from = candidate.index + 1;
    }
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A global pattern finding where any of `words` starts as a case-insensitive Unicode (`iu`) pattern
 * matches them: any case, and the long s and the Kelvin sign that Unicode folds into "s" and "k". */
export function wordStarts(words: readonly string[]): RegExp {
  const folded = words.map((word) => escape(word).replace(/s/gi, '[s\u017f]').replace(/k/gi, '[k\u212a]'));
  return new RegExp(folded.join('|'), 'gi');
}
