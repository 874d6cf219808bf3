#!/usr/bin/env node
// Trains the stance detector on the development set's tuning texts (tests/fixtures/devset/tune: their labels
// only, never fresh/ or agreement/) and writes its weights to src/core/suggest/stance-model.json. The same
// data gives the same file. With --evaluate it instead measures the design honestly on the tuning texts:
// for each group of texts (u, f, g, h, i, j, k, l, m) a model trained on the other eight scores it, beside the rules
// alone (whose figure there is biased upward: the rules were written looking at every group) and the
// detector alone, for a few thresholds and vetoes; --loto adds leave-one-text-out at the shipped settings.
// usage: node scripts/train-stance-model.mjs [--evaluate] [--loto]
// (for experiments only, THRESHOLD, OPPOSE_AT, EPOCHS, RATE, L2 and MINCOUNT in the environment override
// the shipped settings; the shipped file is the one written without them)
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModules } from './bundle-modules.mjs';
import { countAddition, describeBands, emptyBands, recordingJudge } from './added-stance-bands.mjs';
import { listExamples, packModel, readSet, trainLogistic } from './stance-training.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const OUTPUT = 'src/core/suggest/stance-model.json';
const SCALE = 100;
/** The settings shipped, chosen by --evaluate on the groups held out in turn. */
const THRESHOLD = Number(process.env.THRESHOLD ?? 0.4);
const VETO = 0;
const OPPOSE_AT = Number(process.env.OPPOSE_AT ?? 0.5);
/** The share of added positions right on the groups held out (--evaluate prints it), rounded down. */
const ADDED_PRECISION = 0.25;

const { cleanup, ...m } = await bundleModules({
  stances: 'src/core/suggest/find-stances.ts',
  features: 'src/core/suggest/stance-features.ts',
  model: 'src/core/suggest/stance-model.ts',
  judge: 'src/core/suggest/model-judge.ts',
  suggest: 'src/core/suggest/suggest-claims.ts',
  fields: 'src/core/suggest/suggestion-fields.ts',
  score: 'tests/support/scoring/score-suggestions.ts',
  mentions: 'tests/support/scoring/gold-mentions.ts',
  document: 'tests/support/scoring/score-document.ts',
});

/** Trains both regressions on the examples and returns the model as shipped (packed) and unpacked. */
function train(examples, threshold = THRESHOLD, veto = VETO) {
  const bits = m.FEATURE_BITS;
  const detector = trainLogistic(examples, (e) => e.y, { bits });
  const labeller = trainLogistic(examples, (e) => (e.y ? e.oppose : null), { bits });
  const packed = packModel({
    bits,
    scale: SCALE,
    threshold,
    veto,
    opposeAt: OPPOSE_AT,
    addedPrecision: ADDED_PRECISION,
    detector,
    labeller,
  });
  return { packed, model: m.unpackStanceModel(packed) };
}

/** Stance suggestions as `evidence suggest --json` prints them, made with `judge`. */
function printedStances(text, judge) {
  return m.suggestClaims(text, { kinds: ['stance'], judge }).map((s) => {
    const { fields, statement: _statement, confidence, ...where } = m.toSuggestedClaim(s, text);
    return { ...where, ...fields, confidence };
  });
}

/** The stance line of the scorer's report for these documents, suggestions made with `judge`. */
function scoreStances(documents, ignore, judge) {
  const suggestions = new Map(
    documents.map(({ labels, text }) => [labels.document, printedStances(text, judge)]),
  );
  return m.scoreSuggestions({ documents, ignore, suggestions }).report.stance;
}

/**
 * The suggestions the detector added (no rule made them) on these documents, counted into `bands`: whether
 * each touches a labelled position, is a hit, and has its actor right, by its probability and the rules'
 * density before it.
 */
function tallyAdded(bands, documents, ignore, model) {
  const recording = recordingJudge(m, model);
  for (const { labels, text } of documents) {
    const ruled = new Set(printedStances(text, m.RULES_ONLY).map((s) => `${s.start}:${s.end}:${s.actor}`));
    const mentions = m.listGoldMentions(text, labels);
    recording.reset();
    for (const s of printedStances(text, recording.judge)) {
      if (ruled.has(`${s.start}:${s.end}:${s.actor}`)) continue;
      const clause = recording.added.find((c) => c.start < s.end && s.start < c.end);
      if (!clause) continue;
      const name = labels.document;
      const tally = m.scoreDocument({ name, text, mentions, ignored: ignore[name] ?? [], suggestions: [s] })
        .tally.stance;
      if (tally.suggested === 0) continue;
      const touch = mentions.some((x) => x.kind === 'stance' && x.start < s.end && s.start < x.end) ? 1 : 0;
      countAddition(bands, clause, { touch, hits: tally.hits, right: tally.valueOk });
    }
  }
}

const row = (name, r) =>
  `  ${name.padEnd(28)} ${[r.gold, r.suggested, r.hits].map((v) => String(v).padStart(5)).join(' ')} ` +
  [r.precision, r.recall, r.f1, r.valueAccuracy].map((v) => v.toFixed(3).padStart(6)).join(' ');
const header = `  ${'stances'.padEnd(28)}  gold  sugg  hits      P      R     F1  actor`;

const { documents, ignore } = readSet(
  root,
  'tests/fixtures/devset/tune/texts',
  'tests/fixtures/devset/tune/gold',
);
const examples = new Map(documents.map((d) => [d.labels.document, listExamples(m, d)]));
const all = [...examples.values()].flat();

try {
  if (args.includes('--evaluate')) evaluateGroups();
  if (args.includes('--loto')) evaluateLeaveOneOut();
  if (!args.includes('--evaluate') && !args.includes('--loto')) {
    const json = `${JSON.stringify(train(all).packed)}\n`;
    writeFileSync(join(root, OUTPUT), json);
    const positives = all.filter((e) => e.y).length;
    console.log(
      `${OUTPUT}: ${(json.length / 1024).toFixed(0)} KB from ${all.length} clauses (${positives} with a position)`,
    );
  }
} finally {
  cleanup();
}

function evaluateGroups() {
  const sums = new Map();
  const add = (name, r) => {
    const s = sums.get(name) ?? { gold: 0, suggested: 0, hits: 0, valueOk: 0 };
    for (const k of ['gold', 'suggested', 'hits', 'valueOk']) s[k] += r[k];
    sums.set(name, s);
  };
  const bands = emptyBands();
  for (const letter of ['u', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm']) {
    const held = documents.filter(({ labels }) => labels.document.startsWith(letter));
    const trainOn = all.filter((e) => !e.document.startsWith(letter));
    const { model } = train(trainOn);
    console.log(
      `\n${letter}-texts held out (${held.length}), trained on ${trainOn.length} clauses of the others`,
    );
    console.log(header);
    const lines = [['rules alone (saw these texts)', m.RULES_ONLY]];
    for (const threshold of [0.3, 0.4, 0.5])
      lines.push([`model alone t=${threshold}`, m.judgeWithModel({ ...model, threshold }, 'model')]);
    for (const threshold of [0.3, 0.4, 0.5, 0.6])
      for (const veto of [0, 0.1, 0.2, 0.3, 0.4])
        lines.push([`combined t=${threshold} v=${veto}`, m.judgeWithModel({ ...model, threshold, veto })]);
    for (const [name, judge] of lines) {
      const r = scoreStances(held, ignore, judge);
      add(name, r);
      console.log(row(name, r));
    }
    tallyAdded(bands, held, ignore, model);
  }
  const { all: n, right } = bands.total;
  const share = n ? (right / n).toFixed(3) : '-';
  console.log(
    `\nadded by the detector (t=${THRESHOLD}) on the groups held out: ${right} of ${n} right (${share}),`,
  );
  console.log(`a hit with its actor right; shipped as their confidence: ${ADDED_PRECISION}`);
  console.log("by the detector's probability and the rules' density before them (per 1,000 words):");
  for (const line of describeBands(bands, THRESHOLD)) console.log(line);
  console.log('\nall nine groups, each scored by a model that did not see it');
  console.log(header);
  for (const [name, tally] of sums) console.log(row(name, m.summariseTally(tally)));
}

function evaluateLeaveOneOut() {
  const sums = {
    rules: { gold: 0, suggested: 0, hits: 0, valueOk: 0 },
    combined: { gold: 0, suggested: 0, hits: 0, valueOk: 0 },
  };
  for (const document of documents) {
    const name = document.labels.document;
    const { model } = train(all.filter((e) => e.document !== name));
    for (const [key, judge] of [
      ['rules', m.RULES_ONLY],
      ['combined', m.judgeWithModel(model)],
    ]) {
      const r = scoreStances([document], ignore, judge);
      for (const k of Object.keys(sums[key])) sums[key][k] += r[k];
    }
  }
  console.log(`\nleave one text out (${documents.length} texts), t=${THRESHOLD} v=${VETO}`);
  console.log(header);
  console.log(row('rules alone (saw these texts)', m.summariseTally(sums.rules)));
  console.log(row('combined', m.summariseTally(sums.combined)));
}
