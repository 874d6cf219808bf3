// The automatic title of an imported document, one rule for every format: the first meaningful title the
// file declares (PDF Title, HTML og:title / heading / <title> / Readability's title, DOCX dc:title, a
// Markdown front-matter title), else its first heading or line of text, cut to its first sentence when
// that line is a paragraph (to its first clause when that sentence is still too long). A candidate is not meaningful when it is empty, a bare number, a file name
// ("10811.exe", "Microsoft Word - report.docx"), a path, or a placeholder ("Untitled", "Document1").
// Titles are cut at a word boundary and never carry an added "…": the interface ellipsises long titles
// itself, and a stored "…" would end up in citations.

/** Longest title stored; longer candidates are cut at the last word that fits. */
export const MAX_TITLE_LENGTH = 150;

const PLACEHOLDER =
  /^(untitled|unknown|anonymous|none|null|title|document|document\s*\d+|doc\d+|new document|untitled document|-+|\.+)$/i;
const OFFICE_PREFIX = /^(?:microsoft\s+(?:word|powerpoint|excel)|word|powerpoint)\s+-\s+/i;
/** A name ending in a file extension: "10811.exe", "report_final.docx", "Annual report 2014.pdf". */
const FILE_NAME =
  /\.(?:docx?|dotx?|rtf|odt|pdf|txt|text|md|html?|tex|dvi|ps|eps|indd|pages|qxd|pptx?|xlsx?|csv|xml|zip|exe|bin|dat|tmp|jpe?g|png|gif|tiff?|wpd)$/i;
const PATH = /^(?:[a-z]:[\\/]|[\\/~])|\\/i;
const ELLIPSIS = /(?:\s*(?:…|\.{3}))+$/u;

/** Whitespace collapsed and trailing "…" removed; null when nothing is left. */
function collapse(candidate: string | null | undefined): string | null {
  const text = (candidate ?? '').replace(/\s+/g, ' ').trim().replace(ELLIPSIS, '').trim();
  return text || null;
}

/** True when `candidate` names the document rather than its file, a number or nothing. */
export function isMeaningfulTitle(candidate: string | null | undefined): boolean {
  const text = collapse(candidate);
  if (!text) return false;
  const bare = text.replace(OFFICE_PREFIX, '');
  if (bare !== text && (FILE_NAME.test(bare) || PLACEHOLDER.test(bare))) return false;
  if (PLACEHOLDER.test(bare) || FILE_NAME.test(bare) || PATH.test(bare)) return false;
  // A bare number, date-like digits or punctuation: no letters at all.
  return /\p{L}/u.test(bare);
}

/** Cuts at the last word boundary within `max` characters, without adding anything. */
export function cutAtWord(text: string, max = MAX_TITLE_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const kept = space > max / 2 ? cut.slice(0, space) : text.slice(0, max);
  return kept.replace(/[\s,;:–—-]+$/u, '');
}

/** A declared title made fit to store, or null when it is not meaningful. */
export function cleanTitle(candidate: string | null | undefined): string | null {
  if (!isMeaningfulTitle(candidate)) return null;
  return cutAtWord(collapse(candidate)!.replace(OFFICE_PREFIX, ''));
}

/** Shortest head kept when a long line is cut at a clause break. */
const MIN_CLAUSE = 15;

/**
 * The first sentence of a line (up to . ! or ? before a space), cut to a title's length; a sentence too
 * long for that is cut at its first clause break (a colon, semicolon or dash) when there is one.
 */
export function firstSentence(line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TITLE_LENGTH) return text;
  const head = text.slice(0, MAX_TITLE_LENGTH + 1);
  const end = /[.!?](?=\s+["“‘(]?[\p{Lu}\p{N}])/u.exec(head);
  if (end) return cutAtWord(text.slice(0, end.index + 1));
  const clause = /\s*(?:[:;]|\s[–—-])\s/u.exec(head.slice(MIN_CLAUSE));
  if (clause) return text.slice(0, MIN_CLAUSE + clause.index);
  return cutAtWord(text);
}

/** The title: the first meaningful declared candidate, else the text's first line or sentence. */
export function chooseTitle(
  declared: readonly (string | null | undefined)[],
  firstLines: readonly (string | null | undefined)[],
  fileName: string,
): string {
  for (const candidate of declared) {
    const title = cleanTitle(candidate);
    if (title) return title;
  }
  for (const line of firstLines) {
    const text = collapse(line);
    if (text && isMeaningfulTitle(text)) return cleanTitle(firstSentence(text)) ?? firstSentence(text);
  }
  return cleanTitle(fileName.replace(/\.[^.]*$/, '')) ?? 'Untitled document';
}
