#!/usr/bin/env node
// Quality of the claim suggester on every labelled set the repository holds for tuning: the test corpus,
// the older held-out set (tests/fixtures/suggest-heldout) and the development set's tuning texts
// (tests/fixtures/devset/tune: u01–u28, then f01–f12 to m01–m12). Prints the scorer's table
// per set (tests/support/scoring, the rules of LABELING.md), the tuning texts also per group (the letter
// their names start with), and a calibration table on the tuning texts: per confidence band, how many suggestions fall
// in it and how many of them are right (a hit whose value is right). The fresh held-out set
// (tests/fixtures/devset/fresh, when one has been found and labelled) is read only with --final, which
// scores it (tables and calibration, no problem lists) once at the end of a round of work; tuning never
// looks at it. It is read by its shape, not by a fixed list of files: every texts/NAME.txt that has a
// gold/NAME.gold.json, with every gold/IGNORE*.json merged (a set labelled in parts brings one IGNORE file
// per part, e.g. IGNORE-C.json beside IGNORE-D.json). Without a fresh set (no fresh/ folder, or one with no
// labels yet), --final says so and scores the other sets as usual.
// With --agreement it scores instead a second, blind labelling of some of those texts
// (tests/fixtures/devset/agreement) against their first labels (now tuning texts), beside the suggester
// on the same texts: how far two careful labellers agree under LABELING.md, the reference for the
// suggester's figures.
// usage: node scripts/bench-suggest-devset.mjs [--problems] [--set tune|corpus|heldout] [--list KIND]
//        node scripts/bench-suggest-devset.mjs --final   (adds the fresh held-out set: the end of a round only)
//        node scripts/bench-suggest-devset.mjs --agreement
// (--list prints every suggestion of that kind with its verdict: + right, ~ hit with a wrong value, - wrong)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModules } from './bundle-modules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showProblems = args.includes('--problems');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const listKind = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
const final = args.includes('--final');
const freshGold = 'tests/fixtures/devset/fresh/gold';
const hasFresh =
  existsSync(join(root, freshGold)) &&
  readdirSync(join(root, freshGold)).some((name) => name.endsWith('.gold.json'));
if (final && !hasFresh) console.log('no fresh set: tests/fixtures/devset/fresh holds no labelled texts yet');

const SETS = [
  { name: 'corpus', documents: 'tests/fixtures/corpus/documents', gold: 'tests/fixtures/corpus/gold' },
  {
    name: 'heldout',
    documents: 'tests/fixtures/suggest-heldout/documents',
    gold: 'tests/fixtures/suggest-heldout/gold',
  },
  { name: 'tune', documents: 'tests/fixtures/devset/tune/texts', gold: 'tests/fixtures/devset/tune/gold' },
  ...(final && hasFresh
    ? [{ name: 'fresh', documents: 'tests/fixtures/devset/fresh/texts', gold: freshGold }]
    : []),
];

/** The suggester, its claim fields and the scorer, bundled from source so plain `node` runs them. */
async function loadModules() {
  const { cleanup, ...modules } = await bundleModules({
    suggest: 'src/core/suggest/suggest-claims.ts',
    fields: 'src/core/suggest/suggestion-fields.ts',
    score: 'tests/support/scoring/score-suggestions.ts',
    mentions: 'tests/support/scoring/gold-mentions.ts',
    document: 'tests/support/scoring/score-document.ts',
    asSuggestions: 'tests/support/scoring/labels-as-suggestions.ts',
  });
  return { modules, cleanup };
}

/**
 * The set's documents, labels and IGNORE lists, read the way tests/support/scoring/read-labelled-set.ts
 * does: the gold files decide which texts are scored, and every IGNORE*.json beside them is merged (keyed
 * by document, so parts labelled apart add their own documents' entries).
 */
function readSet(set) {
  const goldDir = join(root, set.gold);
  const names = readdirSync(goldDir).sort();
  const documents = names
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(goldDir, name), 'utf8'));
      return { labels, text: readFileSync(join(root, set.documents, labels.document), 'utf8') };
    });
  const ignore = {};
  for (const name of names.filter((n) => /^IGNORE.*\.json$/.test(n))) {
    for (const [document, entries] of Object.entries(JSON.parse(readFileSync(join(goldDir, name), 'utf8'))))
      ignore[document] = [...(ignore[document] ?? []), ...entries];
  }
  return { documents, ignore };
}

/** Suggestions as `evidence suggest --json` prints them: position, claim fields, confidence. */
function printedSuggestions(m, text) {
  return m.suggestClaims(text).map((s) => {
    const { fields, statement: _statement, confidence, ...where } = m.toSuggestedClaim(s, text);
    return { ...where, ...fields, confidence };
  });
}

const pad = (value, width) => String(value).padStart(width);

function printTable(name, report) {
  console.log(`\n${name}`);
  console.log('  kind     gold  sugg  hits      P      R     F1  value');
  for (const [kind, r] of Object.entries(report)) {
    const cells = [r.gold, r.suggested, r.hits].map((v) => pad(v, 5)).join(' ');
    const rates = [r.precision, r.recall, r.f1, r.valueAccuracy].map((v) => pad(v.toFixed(3), 6)).join(' ');
    console.log(`  ${kind.padEnd(7)} ${cells} ${rates}`);
  }
}

/** The tuning texts by the letter their names start with (u: the first 25; f to j: the twelve of each later round). */
function printGroups(m, name, documents, ignore, byDocument) {
  const letters = [...new Set(documents.map(({ labels }) => labels.document[0]))].sort((a, b) =>
    a === 'u' ? -1 : b === 'u' ? 1 : a.localeCompare(b),
  );
  if (letters.length < 2) return;
  for (const letter of letters) {
    const group = documents.filter(({ labels }) => labels.document.startsWith(letter));
    const scored = m.scoreSuggestions({ documents: group, ignore, suggestions: byDocument });
    printTable(`${name}, ${letter}-texts only (${group.length})`, scored.report);
  }
}

/** Per band of confidence: suggestions scored, and how many are hits with the value right. */
function calibrate(m, name, documents, ignore, byDocument) {
  const bands = [
    [0.9, 1.01],
    [0.8, 0.9],
    [0.7, 0.8],
    [0.6, 0.7],
    [0, 0.6],
  ];
  const rows = bands.map(([low, high]) => ({ low, high, all: 0, right: 0 }));
  for (const { labels, text } of documents) {
    const mentions = m.listGoldMentions(text, labels);
    const suggestions = byDocument.get(labels.document) ?? [];
    for (const suggestion of suggestions) {
      const scored = m.scoreDocument({
        name: labels.document,
        text,
        mentions,
        ignored: ignore[labels.document] ?? [],
        suggestions: [suggestion],
      });
      const tally = scored.tally[suggestion.kind];
      if (!tally || tally.suggested === 0) continue;
      const row = rows.find((r) => suggestion.confidence >= r.low && suggestion.confidence < r.high);
      row.all++;
      row.right += tally.valueOk;
    }
  }
  console.log(`\ncalibration on ${name} (a suggestion is right when it is a hit with its value right)`);
  console.log('  confidence   suggestions  right  precision');
  for (const r of rows) {
    const band = `${r.low.toFixed(1)}–${Math.min(r.high, 1).toFixed(1)}`;
    const precision = r.all ? (r.right / r.all).toFixed(3) : '  –  ';
    console.log(`  ${band.padEnd(11)} ${pad(r.all, 11)} ${pad(r.right, 6)} ${pad(precision, 10)}`);
  }
  const high = rows.filter((r) => r.low >= 0.8);
  const all = high.reduce((n, r) => n + r.all, 0);
  const right = high.reduce((n, r) => n + r.right, 0);
  console.log(
    `  >= 0.8      ${pad(all, 11)} ${pad(right, 6)} ${pad(all ? (right / all).toFixed(3) : '-', 10)}`,
  );
}

/** Every suggestion of one kind, scored alone, with its reading: for studying what a rule gets wrong. */
function listSuggestions(m, documents, ignore, byDocument, kind) {
  for (const { labels, text } of documents) {
    const mentions = m.listGoldMentions(text, labels);
    for (const suggestion of byDocument.get(labels.document) ?? []) {
      if (suggestion.kind !== kind) continue;
      const scored = m.scoreDocument({
        name: labels.document,
        text,
        mentions,
        ignored: ignore[labels.document] ?? [],
        suggestions: [suggestion],
      });
      const tally = scored.tally[kind];
      const mark = tally.suggested === 0 ? ' ' : tally.valueOk ? '+' : tally.hits ? '~' : '-';
      const reading =
        kind === 'stance'
          ? `${suggestion.stance} [${suggestion.actor}] {${suggestion.topic}}`
          : kind === 'figure'
            ? `${suggestion.value} ${suggestion.unit ?? ''}`
            : `${suggestion.startDate}..${suggestion.endDate}`;
      const shown = suggestion.text.length > 100 ? `${suggestion.text.slice(0, 100)}…` : suggestion.text;
      console.log(`  ${mark} ${labels.document} ${suggestion.confidence} ${reading} :: ${shown}`);
    }
  }
}

/**
 * The second labelling scored against the first labels of the same texts, and the suggester on those
 * texts: the first labels and their IGNORE lists are the gold, as they are for the suggester.
 */
function scoreAgreement(m) {
  const second = readSet({
    documents: 'tests/fixtures/devset/tune/texts',
    gold: 'tests/fixtures/devset/agreement/gold',
  });
  const names = new Set(second.documents.map(({ labels }) => labels.document));
  const first = readSet({
    documents: 'tests/fixtures/devset/tune/texts',
    gold: 'tests/fixtures/devset/tune/gold',
  });
  const documents = first.documents.filter(({ labels }) => names.has(labels.document));
  const byLabeller = new Map(
    second.documents.map(({ labels, text }) => [labels.document, m.labelsAsSuggestions(text, labels)]),
  );
  const bySuggester = new Map(
    documents.map(({ labels, text }) => [labels.document, printedSuggestions(m, text)]),
  );
  const list = [...names].sort().join(', ');
  // These texts were held out when the second labelling was made; they are tuning texts now, so the
  // suggester's line is no longer a score on unseen text and is printed every time.
  const lines = [
    ['a second labeller', byLabeller],
    ['the suggester', bySuggester],
  ];
  for (const [who, suggestions] of lines) {
    const scored = m.scoreSuggestions({ documents, ignore: first.ignore, suggestions });
    printTable(`${who} against the first labels of ${list}`, scored.report);
  }
}

const { modules: m, cleanup } = await loadModules();
try {
  if (args.includes('--agreement')) SETS.length = 0;
  if (args.includes('--agreement')) scoreAgreement(m);
  for (const set of SETS) {
    if (only && set.name !== only) continue;
    const { documents, ignore } = readSet(set);
    const byDocument = new Map(
      documents.map(({ labels, text }) => [labels.document, printedSuggestions(m, text)]),
    );
    const scored = m.scoreSuggestions({ documents, ignore, suggestions: byDocument });
    printTable(set.name, scored.report);
    if (set.name === 'tune') printGroups(m, set.name, documents, ignore, byDocument);
    const held = set.name === 'fresh';
    if (showProblems && !held) for (const problem of scored.problems) console.log(`    ${problem}`);
    if (listKind && !held) listSuggestions(m, documents, ignore, byDocument, listKind);
    if (set.name === 'tune' || held) calibrate(m, set.name, documents, ignore, byDocument);
  }
} finally {
  cleanup();
}
