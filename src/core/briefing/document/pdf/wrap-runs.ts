// Breaks styled text into lines that fit a width, for the PDF writer (a PDF has no text flow of its own).
// Lines break at spaces, at line breaks in the text, and between CJK characters (written without
// spaces); a word wider than the whole line is cut where it must. Measuring is injected, so this stays
// independent of the PDF library and is tested with a simple width per character.

export type Run = { text: string; bold?: boolean };
/** The width of `text` in the given weight, in the same unit as the line width. */
export type Measure = (text: string, bold: boolean) => number;
export type Piece = { text: string; bold: boolean; x: number };
export type Line = Piece[];

type Token = { kind: 'word' | 'space' | 'break'; text: string; bold: boolean };

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

function tokenize(runs: Run[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const bold = run.bold ?? false;
    for (const part of run.text.split(/(\n|[ \t]+)/)) {
      if (part === '') continue;
      if (part === '\n') tokens.push({ kind: 'break', text: '', bold });
      else if (/^[ \t]+$/.test(part)) tokens.push({ kind: 'space', text: ' ', bold });
      else {
        // Each CJK character is its own token, so a line may break between them.
        for (const piece of part.split(new RegExp(`(${CJK.source})`, 'u'))) {
          if (piece !== '') tokens.push({ kind: 'word', text: piece, bold });
        }
      }
    }
  }
  return tokens;
}

/** Cuts a word wider than the line into pieces that each fit (at least one character each). */
function cutWord(word: string, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of Array.from(word)) {
    if (current !== '' && measure(current + char) > width) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

export function wrapRuns(runs: Run[], width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let x = 0;
  const finish = (): void => {
    while (line.length > 0 && line[line.length - 1]?.text.trim() === '') line.pop();
    const last = line[line.length - 1];
    if (last) last.text = last.text.trimEnd();
    lines.push(line);
    line = [];
    x = 0;
  };
  const place = (text: string, bold: boolean): void => {
    const last = line[line.length - 1];
    if (last && last.bold === bold) last.text += text;
    else line.push({ text, bold, x });
    x += measure(text, bold);
  };
  for (const token of tokenize(runs)) {
    if (token.kind === 'break') {
      finish();
      continue;
    }
    if (token.kind === 'space') {
      if (line.length > 0) place(' ', token.bold);
      continue;
    }
    const w = measure(token.text, token.bold);
    if (x + w > width && line.some((piece) => piece.text.trim() !== '')) finish();
    if (w <= width) {
      place(token.text, token.bold);
      continue;
    }
    const pieces = cutWord(token.text, width, (text) => measure(text, token.bold));
    pieces.forEach((piece, i) => {
      if (i > 0) finish();
      place(piece, token.bold);
    });
  }
  if (line.length > 0 || lines.length === 0) finish();
  return lines;
}
