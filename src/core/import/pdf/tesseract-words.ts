// Tesseract's page result (the `blocks` output of tesseract.js, the same in Node and in the browser) as
// OCR words for core: its reading order (blocks, paragraphs, lines), each word's box and confidence, the
// line's baseline under the word (Tesseract gives baselines per line), and each line's last word marked.
// Plain data in and out, so the CLI and the app turn OCR into the same items.
import type { OcrWord } from './pdf-content';

type Box = { x0: number; y0: number; x1: number; y1: number };
type TesseractWord = { text: string; confidence: number; bbox: Box };
type TesseractLine = { words: TesseractWord[]; baseline?: Box };
export type TesseractPage = { blocks: { paragraphs: { lines: TesseractLine[] }[] }[] | null };

/** The line's baseline height under a word's middle (Tesseract gives the baseline per line). */
function baselineAt(line: TesseractLine, word: TesseractWord): number | undefined {
  const base = line.baseline;
  if (!base || base.x1 === base.x0) return base?.y0;
  const x = (word.bbox.x0 + word.bbox.x1) / 2;
  return base.y0 + ((base.y1 - base.y0) * (x - base.x0)) / (base.x1 - base.x0);
}

/** The words of a Tesseract page, in its reading order, each line's last word marked. */
export function wordsOfTesseractPage(page: TesseractPage): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines)
        line.words.forEach((word, i) => {
          const baseline = baselineAt(line, word);
          words.push({
            text: word.text,
            ...word.bbox,
            ...(baseline === undefined ? {} : { baseline }),
            confidence: word.confidence,
            lineEnd: i === line.words.length - 1,
          });
        });
  return words;
}
