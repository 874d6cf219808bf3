// Versions of the text definitions. A source records the version that produced its text, so when an
// extractor changes (and offsets may shift) the app can tell which sources were extracted the old way and
// re-anchor their claims. Bump a version whenever its extractor's output can change for the same bytes.

/**
 * Plain text: decodeText (BOM, UTF-8 / windows-1252 fallback, line endings to LF, nothing else). text/2:
 * mostly-UTF-8 bytes with a few bad ones are UTF-8 with U+FFFD for the bad bytes (text/1: windows-1252).
 */
export const TEXT_DEFINITION_VERSION = 'text/2';

/** Extractor version per format core can extract today, stored as Source.extractorVersion. */
export const EXTRACTOR_VERSIONS = {
  txt: `txt/1+${TEXT_DEFINITION_VERSION}`,
  md: `md/1+${TEXT_DEFINITION_VERSION}`,
  /**
   * html/3: Readability's article except on pages over its budget (html/html-budget.ts), which are read whole;
   * html/2: Readability's article; tables as tab-separated rows (html/1: whole page, cells by spaces).
   */
  html: `html/3+${TEXT_DEFINITION_VERSION}`,
  /** mammoth's HTML through the html-text definition; bump when mammoth (pinned) is upgraded. */
  docx: `docx/1+${TEXT_DEFINITION_VERSION}`,
} as const;
