// The passage as a claim card shows it between its own curly quotes: cut to a readable length at a word,
// and without the quotation marks the passage itself may start or end with (a selection that took in the
// opening “ of a quoted remark), so the card never shows ““…”” . Display only: the stored quote is never
// changed.

const OPENING = /^[\s“"‘'«„]+/u;
const CLOSING = /[\s”"’'»]+$/u;

/** The passage to put between “ and ”: outer quotation marks removed, cut at `max` characters. */
export function displayQuote(exact: string, max = 220): string {
  const inner = exact.replace(OPENING, '').replace(CLOSING, '');
  const text = inner || exact.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
