// Makes any text inert in Markdown (CommonMark with GitHub's extensions, as marked and GitHub render it)
// while it still renders as the same characters: backslash escapes for the characters that start markup
// (emphasis, code, links and images, raw HTML and entities, tables, strikethrough, headings), for the
// colon of `scheme://` and the dot of `www.` and the `@` of an address (so nothing becomes an autolink),
// and for a list or quote marker at the start of a block. A quote keeps its line breaks as `<br>`, the
// only raw HTML these writers emit, so it stays on its footnote's line; decodeMarkdownQuote undoes all of it.

const MARKUP = /[\\`*_[\]<>!|~&#@]|:(?=\/\/)|(?<=\bwww)\./gi;

/** A field on one line (titles, statements, names, notes): line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(MARKUP, '\\$&');
}

/** Text that opens a block (a paragraph or list item): also a leading list, quote or heading marker. */
export function escapeMarkdownBlockStart(text: string): string {
  return guardBlockStart(escapeMarkdown(text));
}

/** Escapes a list marker ("-", "+", "1.", "1)") or setext underline at the start of escaped text. */
export function guardBlockStart(escaped: string): string {
  return escaped
    .trimStart()
    .replace(/^([-+=])|^(\d+)([.)])/, (_m, marker?: string, digits?: string, dot?: string) =>
      marker ? `\\${marker}` : `${digits}\\${dot}`,
    );
}

/** A verbatim quote: every character kept, line breaks written `<br>`. */
export function escapeMarkdownQuote(quote: string): string {
  return quote.replace(MARKUP, '\\$&').replace(/\r?\n/g, '<br>');
}

/** The quote exactly as it was, from its escaped form. */
export function decodeMarkdownQuote(encoded: string): string {
  return encoded.replace(/\\([\s\S])|<br>/g, (token, escaped: string | undefined) => escaped ?? '\n');
}
