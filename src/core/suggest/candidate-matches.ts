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
