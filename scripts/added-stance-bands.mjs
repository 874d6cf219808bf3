// What the stance detector adds on texts held out from its training, told apart so that its confidence can
// be set from evidence: for each position it adds (no rule made it), the detector's probability and how
// densely the rules had read positions in the text before it (rule-read clauses per 1,000 words, a word
// taken as six characters), and whether the addition touches a labelled position at all, is a hit (the
// right label) and has its actor right. Used by scripts/train-stance-model.mjs --evaluate.

const P_BANDS = [0.5, 0.6, 0.7];
const DENSITY_BANDS = [8, 12, 20];

/** A judge that records, for each clause the detector adds, its probability and the rules' density so far. */
export function recordingJudge(m, model) {
  const judge = m.judgeWithModel(model);
  const added = [];
  let ruled = 0;
  const record = (view) => {
    const reading = judge(view);
    if (reading?.byModel) {
      const p = m.probability(model.detector, m.clauseFeatures(view));
      const density = (ruled * 1000) / Math.max(view.clause.start / 6, 200);
      added.push({ ...view.clause, p, density });
    }
    if (view.rule) ruled++;
    return reading;
  };
  return { judge: record, added, reset: () => ((ruled = 0), (added.length = 0)) };
}

const band = (edges, value) => {
  let i = 0;
  while (i < edges.length && value >= edges[i]) i++;
  return i;
};
const label = (edges, i, low) =>
  `${i === 0 ? low : edges[i - 1]}–${i < edges.length ? edges[i] : '∞'}`.padEnd(9);

/** An empty tally of additions: overall, by probability band and by density band. */
export function emptyBands() {
  const zero = () => ({ all: 0, touch: 0, hits: 0, right: 0 });
  return {
    total: zero(),
    byP: P_BANDS.map(zero).concat(zero()),
    byDensity: DENSITY_BANDS.map(zero).concat(zero()),
  };
}

/** Counts one addition: its clause record (p, density) and how it scored. */
export function countAddition(bands, clause, { touch, hits, right }) {
  for (const t of [
    bands.total,
    bands.byP[band(P_BANDS, clause.p)],
    bands.byDensity[band(DENSITY_BANDS, clause.density)],
  ]) {
    t.all++;
    t.touch += touch;
    t.hits += hits;
    t.right += right;
  }
}

/** The tally as printed lines. */
export function describeBands(bands, threshold) {
  const line = (name, t) =>
    `  ${name} ${String(t.all).padStart(5)} ${String(t.touch).padStart(6)} ${String(t.hits).padStart(5)} ${String(t.right).padStart(6)}  ${t.all ? (t.right / t.all).toFixed(3) : '    -'}`;
  return [
    `  ${'additions'.padEnd(21)}     n  touch  hits  right  share right`,
    line('all'.padEnd(21), bands.total),
    ...bands.byP.map((t, i) => line(`p ${label(P_BANDS, i, threshold)}`.padEnd(21), t)),
    ...bands.byDensity.map((t, i) => line(`density ${label(DENSITY_BANDS, i, 0)}`.padEnd(21), t)),
  ];
}
