// The pieces of training the stance detector, shared by scripts/train-stance-model.mjs: reading a labelled
// set, turning its texts into examples (every clause findStances meets, with the features the shipped
// detector reads and whether a labelled position overlaps it), fitting a logistic regression to them, and
// packing its weights into the small JSON form src/core/suggest/stance-model.ts reads. Everything is
// deterministic: files in name order, a seeded shuffle, fixed epochs, weights rounded.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A labelled set's documents (gold files in name order) and its merged IGNORE lists. */
export function readSet(root, documentsDir, goldDir) {
  const names = readdirSync(join(root, goldDir)).sort();
  const documents = names
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(root, goldDir, name), 'utf8'));
      return { labels, text: readFileSync(join(root, documentsDir, labels.document), 'utf8') };
    });
  const ignore = {};
  for (const name of names.filter((n) => /^IGNORE.*\.json$/.test(n))) {
    const entries = JSON.parse(readFileSync(join(root, goldDir, name), 'utf8'));
    for (const [document, list] of Object.entries(entries))
      ignore[document] = [...(ignore[document] ?? []), ...list];
  }
  return { documents, ignore };
}

/**
 * One example per clause findStances meets: its features, whether a gold stance mention overlaps it that
 * the rules' clauses leave untouched, or any for a clause a rule reads (`y`), and the label of that
 * mention (`oppose`: 1 when it is an objection, 0 support, null otherwise).
 */
export function listExamples(m, { labels, text }) {
  const mentions = m.listGoldMentions(text, labels).filter((x) => x.kind === 'stance');
  const views = [];
  m.findStances(text, undefined, (view) => {
    views.push({ clause: view.clause, ruled: !!view.rule, features: m.clauseFeatures(view) });
    return view.rule;
  });
  // a clause no rule reads is worth offering only for a position no rule-read clause already touches
  const overlaps = (x, { start, end }) => x.start < end && start < x.end;
  const covered = new Set(mentions.filter((x) => views.some((v) => v.ruled && overlaps(x, v.clause))));
  return views.map((view) => {
    const over = mentions.filter((x) => overlaps(x, view.clause) && (view.ruled || !covered.has(x)));
    const label = over[0]?.label.stance;
    return {
      document: labels.document,
      features: view.features,
      y: over.length > 0 ? 1 : 0,
      oppose: label === 'oppose' ? 1 : label === 'support' ? 0 : null,
    };
  });
}

/** A small deterministic generator (mulberry32), for the shuffle. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Logistic regression by AdaGrad over binary hashed features, with L2 shrinkage on the weights an example
 * touches. `target(example)` is 0, 1 or null (left out).
 */
export function trainLogistic(
  examples,
  target,
  {
    bits,
    epochs = Number(process.env.EPOCHS ?? 12),
    rate = Number(process.env.RATE ?? 0.05),
    l2 = Number(process.env.L2 ?? 1e-4),
    minCount = Number(process.env.MINCOUNT ?? 2),
    seed = 7,
  },
) {
  const weights = new Float64Array(1 << bits);
  const squares = new Float64Array(1 << bits).fill(1e-8);
  const data = examples.filter((e) => target(e) !== null);
  // a feature seen in fewer than minCount examples says nothing that holds beyond them: left at zero
  const counts = new Uint32Array(1 << bits);
  for (const e of data) for (const f of e.features) counts[f]++;
  const kept = new Uint8Array(1 << bits);
  for (let f = 0; f < kept.length; f++) kept[f] = counts[f] >= minCount ? 1 : 0;
  const random = seeded(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const example = data[index];
      let z = 0;
      for (const f of example.features) z += weights[f];
      const error = 1 / (1 + Math.exp(-z)) - target(example);
      for (const f of example.features) {
        if (!kept[f]) continue;
        const gradient = error + l2 * weights[f];
        squares[f] += gradient * gradient;
        weights[f] -= (rate * gradient) / Math.sqrt(squares[f]);
      }
    }
  }
  return weights;
}

/** Non-zero weights (after rounding to 1/scale) as gaps between indices and integer weights. */
export function packWeights(weights, scale) {
  const gaps = [];
  const packed = [];
  let last = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = Math.round(weights[i] * scale);
    if (w === 0) continue;
    gaps.push(i - last);
    packed.push(w);
    last = i;
  }
  return { gaps, weights: packed };
}

/** The whole model in the form stance-model.json holds. */
export function packModel({ bits, scale, threshold, veto, opposeAt, addedPrecision, detector, labeller }) {
  return {
    format: 'evidence-stance-model/1',
    bits,
    scale,
    threshold,
    veto,
    opposeAt,
    addedPrecision,
    detector: packWeights(detector, scale),
    labeller: packWeights(labeller, scale),
  };
}
