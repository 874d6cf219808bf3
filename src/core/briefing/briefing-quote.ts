// How exact quotes are written into a briefing's Markdown, and read back. A citation line is
// `[n] "exact quote"`, followed by ` (quote not found in source)` when the quote no longer matches its
// source. The quote is written verbatim (inner quotes, double spaces and all) with three exceptions that
// keep it on one line and reversible: a backslash is doubled, a line break is written `<br>` (which
// Markdown renders as a line break), and a literal `<br>` in the quote is written `\<br>`. Other Markdown
// characters are left alone so the raw file shows the quote exactly; listBriefingQuotes undoes the encoding.

export const QUOTE_NOT_FOUND = '(quote not found in source)';

export function encodeQuote(exact: string): string {
  return exact.replace(/\\/g, '\\\\').replace(/<br>/g, '\\<br>').replace(/\n/g, '<br>');
}

export function decodeQuote(encoded: string): string {
  return encoded.replace(/\\\\|\\<|<br>/g, (token) => (token === '<br>' ? '\n' : (token[1] as string)));
}

export function formatCitationLine(n: number, exact: string, found: boolean): string {
  return `[${n}] "${encodeQuote(exact)}"${found ? '' : ` ${QUOTE_NOT_FOUND}`}`;
}

const CITATION_LINE = /^\[(\d+)\] "(.*)"(?: \(quote not found in source\))?$/;

/** Every citation line in a briefing: its number, the exact quote, and whether it was verified. */
export function listBriefingQuotes(markdown: string): { n: number; quote: string; verified: boolean }[] {
  const quotes: { n: number; quote: string; verified: boolean }[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const match = CITATION_LINE.exec(line);
    if (!match) continue;
    // The greedy quote group stops before the marker only when the line ends with it.
    const verified = line.endsWith('"');
    quotes.push({ n: Number(match[1]), quote: decodeQuote(match[2] as string), verified });
  }
  return quotes;
}
