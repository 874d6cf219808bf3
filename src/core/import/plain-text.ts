// Plain text and Markdown import: the text is the decoded file (see core/text/decode-text), the title from
// its first non-empty lines with Markdown heading marks stripped (see choose-title.ts). Binary files renamed to .txt are refused here,
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

/**
 * The first non-empty lines (at most `count`), without ATX heading marks (`# Title #`); a Markdown file's
 * YAML front-matter `title:` comes first. Candidates for chooseTitle, which skips junk ones.
 */
export function readFirstLines(text: string, markdown: boolean, count = 5): string[] {
  let lines = text.split('\n');
  const found: string[] = [];
  if (markdown && lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (close > 0) {
      const declared = lines.slice(1, close).find((line) => /^title:\s*\S/.test(line));
      if (declared) found.push(declared.replace(/^title:\s*/, '').replace(/^(["'])(.*)\1$/, '$2'));
      lines = lines.slice(close + 1);
    }
  }
  for (const line of lines) {
    if (found.length >= count) break;
    if (line.trim() === '') continue;
    found.push(
      markdown
        ? stripInlineMarkdown(line.replace(/^\s{0,3}#{1,6}(\s+|$)/, '').replace(/\s+#+\s*$/, ''))
        : line,
    );
  }
  return found;
}

/** A Markdown heading's words as a reader sees them: emphasis, code ticks and link targets removed. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]+)`/g, '$1');
}
