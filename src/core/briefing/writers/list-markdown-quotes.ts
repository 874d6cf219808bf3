// Reads the citations back out of a Markdown briefing (writeMarkdown's footnotes): each number, the quote
// exactly as stored, and whether it was verified. Tests use it to check every quote is an exact substring
// of its source; a researcher's script can do the same.
import { UNVERIFIED_MARK } from './write-markdown';
import { decodeMarkdownQuote } from './markdown-escape';

export type MarkdownQuote = { n: number; quote: string; verified: boolean };

// The quote is greedy up to the last raw ”: the footnote's tail writes its own curly quotes as entities.
// Lines end only at \n and \r (as in CommonMark), so the quote may hold U+2028 and U+2029, which `.`
// alone would not cross: hence the s flag.
const FOOTNOTE = /^\[\^(\d+)\]: “(.*)” — ([^”]*)$/s;

export function listMarkdownQuotes(markdown: string): MarkdownQuote[] {
  const quotes: MarkdownQuote[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const match = FOOTNOTE.exec(line);
    if (!match) continue;
    quotes.push({
      n: Number(match[1]),
      quote: decodeMarkdownQuote(match[2]!),
      verified: !match[3]!.endsWith(UNVERIFIED_MARK),
    });
  }
  return quotes;
}
