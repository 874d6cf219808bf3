// Which characters a PDF's text layer gives that a reader cannot read, and what the text keeps in their
// place. pdf.js hands over a glyph's character code itself when a font has no Unicode map for it (a LaTeX
// digit font gives U+0080-U+0083 for its digits), which would sit invisibly in the text: a dropped digit is
// a wrong figure. Such control characters become U+FFFD, the character Unicode sets aside for exactly this
// ("a character that could not be read"); unlike "□" it never occurs as real text (a checkbox glyph does),
// so it can be counted, searched for and recognised by a reader, and XML and JSON exports carry it, where
// a C0 control would make XML invalid. It is one UTF-16 unit, as the control was, so offsets do not move.
// Private-use code points are counted as unmapped (for the page's verdict) but kept: icon fonts use them.

export const PLACEHOLDER = '\uFFFD';

/** C0 and C1 controls other than whitespace (which lines turn into spaces), DEL, and noncharacters. */
// Control characters are what these patterns are for.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
/* eslint-enable no-control-regex */

/** The text with each unprintable character replaced by PLACEHOLDER (same length). */
export function replaceUnprintable(text: string): string {
  return text.replace(CONTROL, PLACEHOLDER);
}

/**
 * Whether a UTF-16 code unit carries no readable meaning: a control (whitespace included: callers skip
 * whitespace first), private use (the supplementary planes' by their high surrogate), U+FFFD or a
 * noncharacter.
 */
export function isUnmappedCode(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xe000 && code <= 0xf8ff) ||
    code === 0xfffd ||
    code === 0xfffe ||
    code === 0xffff ||
    (code >= 0xdb80 && code <= 0xdbff)
  );
}

/** How many placeholders a text holds. */
export function countPlaceholders(text: string): number {
  let count = 0;
  for (let i = text.indexOf(PLACEHOLDER); i >= 0; i = text.indexOf(PLACEHOLDER, i + 1)) count += 1;
  return count;
}
