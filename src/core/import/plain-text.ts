// Plain text and Markdown import: the text is the decoded file (see core/text/decode-text), the title its
// first non-empty line with Markdown heading marks stripped. Binary files renamed to .txt are refused here,
// because their "text" would be noise that claims could never be anchored in.

/** Share of control characters above which decoded text is taken to be binary. */
const MAX_CONTROL_SHARE = 0.1;
const SAMPLE_LENGTH = 65_536;

/** True when bytes are clearly not text: NUL bytes (without a UTF-16 BOM) or mostly control characters. */
export function looksBinary(bytes: Uint8Array, text: string, encoding: string): boolean {
  if (!encoding.startsWith('utf-16') && bytes.subarray(0, SAMPLE_LENGTH).includes(0)) return true;
  const sample = text.slice(0, SAMPLE_LENGTH);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c) ||
      code === 0x7f ||
      code === 0xfffd
    ) {
      controls++;
    }
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE;
}

/** First non-empty line, without ATX heading marks (`# Title #`) or YAML front matter. */
export function readFirstLineTitle(text: string, markdown: boolean): string | null {
  let lines = text.split('\n');
  if (markdown && lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (close > 0) {
      const declared = lines.slice(1, close).find((line) => /^title:\s*\S/.test(line));
      if (declared) return trimTitle(declared.replace(/^title:\s*/, '').replace(/^(["'])(.*)\1$/, '$2'));
      lines = lines.slice(close + 1);
    }
  }
  const first = lines.find((line) => line.trim() !== '');
  if (first === undefined) return null;
  const title = markdown
    ? stripInlineMarkdown(first.replace(/^\s{0,3}#{1,6}(\s+|$)/, '').replace(/\s+#+\s*$/, ''))
    : first;
  return trimTitle(title);
}

/** A Markdown heading's words as a reader sees them: emphasis, code ticks and link targets removed. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

const MAX_TITLE_LENGTH = 200;

/** Collapses whitespace and cuts very long first lines (a paragraph is not a title) at a word. */
export function trimTitle(title: string): string | null {
  const collapsed = title.replace(/\s+/g, ' ').trim();
  if (!collapsed) return null;
  if (collapsed.length <= MAX_TITLE_LENGTH) return collapsed;
  const cut = collapsed.slice(0, MAX_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
