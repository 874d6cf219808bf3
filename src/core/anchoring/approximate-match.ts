// Approximate string search: every place a pattern occurs in a text with at most k edits (Levenshtein).
// It is Myers' bit-parallel algorithm in Hyyrö's multi-word form: the pattern is cut into 32-row blocks
// of bit vectors, so one text character costs O(pattern length / 32) word operations. That is what lets a
// changed source be searched for a quote of a few hundred characters in well under a second.

export type ApproximateMatch = { start: number; end: number; errors: number };

/**
 * Best matches of `pattern` in `text` with at most `maxErrors` edits: for each run of end positions with
 * an acceptable score the best end is kept, and its start is recovered by a small reverse alignment.
 */
export function findApproximateMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const ends = findMatchEnds(text, pattern, maxErrors);
  return ends.map(({ end, errors }) => ({ start: findMatchStart(text, pattern, end, errors), end, errors }));
}

/** Edit distance between two short strings (used to compare context). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function findMatchEnds(text: string, pattern: string, maxErrors: number): { end: number; errors: number }[] {
  const m = pattern.length;
  const blockCount = Math.ceil(m / 32);
  const lastBit = 1 << ((m - 1) % 32);
  // Peq: for each pattern character, per block, the rows where it occurs.
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    let rows = peq.get(code);
    if (!rows) peq.set(code, (rows = new Int32Array(blockCount)));
    rows[i >> 5] = (rows[i >> 5] as number) | (1 << (i & 31));
  }
  const empty = new Int32Array(blockCount);
  const pv = new Int32Array(blockCount).fill(-1);
  const mv = new Int32Array(blockCount);
  let score = m;
  const ends: { end: number; errors: number }[] = [];
  let run: { end: number; errors: number } | null = null;

  for (let j = 0; j < text.length; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? empty;
    // The top row of a semi-global search is all zeros: a match may start anywhere, so hin starts at 0.
    let hin = 0;
    for (let b = 0; b < blockCount; b++) {
      const highBit = b === blockCount - 1 ? lastBit : 1 << 31;
      let eq = eqs[b] as number;
      const p = pv[b] as number;
      const n = mv[b] as number;
      const xv = eq | n;
      if (hin < 0) eq |= 1;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = n | ~(xh | p);
      let mh = p & xh;
      const hout = ph & highBit ? 1 : mh & highBit ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score <= maxErrors) {
      if (!run || score < run.errors) run = { end: j + 1, errors: score };
    } else if (run) {
      ends.push(run);
      run = null;
    }
  }
  if (run) ends.push(run);
  return ends;
}

/** Where a match ending at `end` with `errors` edits starts: align the reversed pattern backwards. */
function findMatchStart(text: string, pattern: string, end: number, errors: number): number {
  const m = pattern.length;
  const from = Math.max(0, end - m - errors);
  // D[i][j]: cost of the last i pattern characters against exactly the j text characters before `end`.
  let previous = Array.from({ length: end - from + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const current = [i];
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= end - from; j++) {
      const cost = pc === text.charCodeAt(end - j) ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  // The cheapest span; on a tie the shortest, so a neighbouring character is not pulled into the quote.
  let best = 0;
  for (let j = 1; j < previous.length; j++)
    if ((previous[j] as number) < (previous[best] as number)) best = j;
  return end - best;
}
