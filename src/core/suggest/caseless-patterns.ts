// Case-insensitive Unicode patterns (flags `iu`) that test word boundaries are matched by V8 many times
// slower (often 20–100x) than the same pattern without the `u` flag: with it, `\b` and `\w` must allow for
// the two characters that fold into ASCII letters (U+017F long s, U+212A Kelvin sign), which turns off the
// engine's fast scans. On a string that holds neither of them and no astral character (no surrogate), `iu`
// and `i` match exactly the same for a pattern without `\p{…}` classes: the pattern's letters are ASCII or
// fold the same way in both modes, and every character is one code unit. `speedUpCaseless` gives a pattern
// that matches with the fast `i` copy on such strings and with the exact `iu` one otherwise, so the cue
// patterns keep their meaning and lose their cost.

/** Characters on which `i` and `iu` may differ: surrogates, the long s and the Kelvin sign. */
const UNSAFE = /[\ud800-\udfff\u017f\u212a]/;
// the same clause is tried by many patterns in a row (and a whole text by one global pattern many times):
// the answer for the last string is kept for all of them
let lastInput: string | undefined;
let lastSafe = false;

function isSafe(input: string): boolean {
  if (input !== lastInput) {
    lastInput = input;
    lastSafe = !UNSAFE.test(input);
  }
  return lastSafe;
}

class CaselessPattern extends RegExp {
  private readonly fast: RegExp;

  constructor(pattern: RegExp | string, flags?: string) {
    super(pattern, flags);
    if (/\\[pPk]|\\u\{/.test(this.source) || !this.unicode || !this.ignoreCase) {
      throw new Error(`speedUpCaseless takes an \`iu\` pattern without \\p, \\k or \\u{}: /${this.source}/`);
    }
    this.fast = new RegExp(this.source, this.flags.replace('u', ''));
  }

  override exec(input: string): RegExpExecArray | null {
    if (!isSafe(input)) return super.exec(input);
    const fast = this.fast;
    if (!this.global && !this.sticky) return fast.exec(input);
    fast.lastIndex = this.lastIndex;
    const match = fast.exec(input);
    this.lastIndex = fast.lastIndex;
    return match;
  }
}

/** `pattern` (flags including `i` and `u`, no `\p{…}`), matched the fast way wherever that is exact. */
export function speedUpCaseless(pattern: RegExp): RegExp {
  return new CaselessPattern(pattern);
}
