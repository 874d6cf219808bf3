// What kind of text a clause sits in, as a few hashed features for the stance detector: how densely the text
// speaks in the first person, asks questions, quotes and counts. Positions are dense in a debate or a
// speech and sparse in a fact sheet or a statistical note; a clause of the same words is more likely a
// position in the one than in the other, and the labelled texts show how much. Read once per text.

const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our|us)\b/gu;
const QUESTION = /\?/gu;
const QUOTE = /[“"]/gu;
const FIGURE = /[£$€%]|\d[\d,.]*\d|\b\d\b/gu;
const WORD = /\S+/gu;

const bucket = (perThousand: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && perThousand >= (edges[i] as number)) i++;
  return i;
};

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** The text's shape as feature names (stance-features.ts hashes them into its table). */
export function describeDocumentShape(text: string): string[] {
  const words = Math.max(count(text, WORD), 50);
  const per = (pattern: RegExp) => (count(text, pattern) * 1000) / words;
  return [
    `doc:first:${bucket(per(FIRST_PERSON), [5, 15, 30, 50])}`,
    `doc:question:${bucket(per(QUESTION), [1, 4, 10])}`,
    `doc:quote:${bucket(per(QUOTE), [2, 8, 20])}`,
    `doc:figure:${bucket(per(FIGURE), [10, 25, 50])}`,
  ];
}
