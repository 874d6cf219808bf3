// Breaks styled text into lines that fit a width, for the PDF writer (a PDF has no text flow of its own).
// Lines break at spaces, at line breaks in the text, and between CJK characters (written without
// spaces); a word wider than the whole line is cut where it must. Measuring is injected, so this stays
// independent of the PDF library and is tested with a simple width per character.

/** Text in one face: the main font (regular or bold), or the fallback font for scripts it lacks. */
export type Run = { text: string; bold?: boolean; fallback?: boolean };
export type Face = { bold: boolean; fallback: boolean };
/** The width of `text` in the given face, in the same unit as the line width. */
export type Measure = (text: string, face: Face) => number;
export type Piece = Face & { text: string; x: number };
export type Line = Piece[];

type Token = Face & { kind: 'word' | 'space' | 'break'; text: string };

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

function tokenize(runs: Run[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const face = { bold: run.bold ?? false, fallback: run.fallback ?? false };
    for (const part of run.text.split(/(\n|[ \t]+)/)) {
      if (part === '') continue;
      if (part === '\n') tokens.push({ kind: 'break', text: '', ...face });
      else if (/^[ \t]+$/.test(part)) tokens.push({ kind: 'space', text: ' ', ...face });
      else {
        // Each CJK character is its own token, so a line may break between them.
        for (const piece of part.split(new RegExp(`(${CJK.source})`, 'u'))) {
          if (piece !== '') tokens.push({ kind: 'word', text: piece, ...face });
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
  const place = (text: string, face: Face): void => {
    const last = line[line.length - 1];
    if (last && last.bold === face.bold && last.fallback === face.fallback) last.text += text;
    else line.push({ text, bold: face.bold, fallback: face.fallback, x });
    x += measure(text, face);
  };
  for (const token of tokenize(runs)) {
    if (token.kind === 'break') {
      finish();
      continue;
    }
    if (token.kind === 'space') {
      if (line.length > 0) place(' ', token);
      continue;
    }
    const w = measure(token.text, token);
    if (x + w > width && line.some((piece) => piece.text.trim() !== '')) finish();
    if (w <= width) {
      place(token.text, token);
      continue;
    }
    const pieces = cutWord(token.text, width, (text) => measure(text, token));
    pieces.forEach((piece, i) => {
      if (i > 0) finish();
      place(piece, token);
    });
  }
  if (line.length > 0 || lines.length === 0) finish();
  return lines;
}
