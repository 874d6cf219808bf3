#!/usr/bin/env node
// Speed of the claim suggester against wink-nlp's readDoc, on the same large text: the test corpus
// (tests/fixtures/corpus) repeated to at least 5 MB. The suggester is bundled from src/core/suggest with
// Vite's build API into a temporary directory, so this runs with plain `node` and measures the code the app
// ships. With --processes it also times whole processes, as a user meets them: `evidence suggest --json`
// (the CLI bundled the way `npm run build` does) on the text written to a file, against a process that
// reads the same file with wink-nlp's readDoc and lists its entities; each the median of three runs, in
// wall-clock seconds and in CPU seconds (user + system, all of the process's threads, read at its exit).
// usage: node scripts/bench-suggest.mjs [--mb 5] [--skip-wink] [--processes] [--processes-only]
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { bundleModules } from './bundle-modules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf('--mb') + 1]) || 5;
const corpusDir = join(root, 'tests/fixtures/corpus/documents');

function corpusText() {
  const docs = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const one = docs.join('\n\n');
  const parts = [];
  let size = 0;
  while (size < targetMb * 1024 * 1024) {
    parts.push(one);
    size += Buffer.byteLength(one, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

function loadSuggester() {
  return bundleModules({ suggest: 'src/core/suggest/suggest-claims.ts' });
}

// one untimed run warms the JIT and the regex caches; then the median of three timed runs
function time(run, runs = 3) {
  let result = run();
  const seconds = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    result = run();
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  seconds.sort((a, b) => a - b);
  return { seconds: seconds[Math.floor(runs / 2)], best: seconds[0], result };
}

const text = corpusText();
const megabytes = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
console.log(`text: ${megabytes.toFixed(2)} MB (the corpus repeated)`);

if (!args.includes('--processes-only')) await timeInProcess(text, megabytes);
if (args.includes('--processes') || args.includes('--processes-only')) await timeProcesses(text, megabytes);

/** In-process throughput of suggestClaims and of wink-nlp readDoc. */
async function timeInProcess(text, megabytes) {
  const { suggestClaims, cleanup } = await loadSuggester();
  try {
    const ours = time(() => suggestClaims(text));
    const counts = {};
    for (const s of ours.result) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
    console.log(
      `suggestClaims: ${(megabytes / ours.seconds).toFixed(1)} MB/s (median of 3: ${ours.seconds.toFixed(2)} s, ` +
        `best ${(megabytes / ours.best).toFixed(1)} MB/s; ` +
        `${Object.entries(counts)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')})`,
    );
  } finally {
    cleanup();
  }

  if (!args.includes('--skip-wink')) {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const wink = time(() => nlp.readDoc(text));
    console.log(
      `wink-nlp readDoc: ${(megabytes / wink.seconds).toFixed(1)} MB/s (median of 3: ${wink.seconds.toFixed(2)} s, ` +
        `best ${(megabytes / wink.best).toFixed(1)} MB/s; ` +
        `${wink.result.tokens().length()} tokens)`,
    );
  }
}

/** Whole-process throughput of `evidence suggest --json` and of wink-nlp readDoc with entities. */
async function timeProcesses(text, megabytes) {
  // inside the repository (out/ is not tracked), so the bundle finds its dependencies in node_modules
  mkdirSync(join(root, 'out'), { recursive: true });
  const dir = mkdtempSync(join(root, 'out', 'bench-suggest-processes-'));
  try {
    await build({
      configFile: join(root, 'vite.cli.config.ts'),
      logLevel: 'silent',
      build: { outDir: join(dir, 'cli'), emptyOutDir: true },
    });
    const file = join(dir, 'big.txt');
    writeFileSync(file, text);
    // each process writes its CPU time to the file named in BENCH_CPU_FILE as it exits
    const cpuReport =
      "import { writeFileSync as writeCpu } from 'node:fs';\n" +
      "process.on('exit', () => { const u = process.cpuUsage(); writeCpu(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1e6)); });\n";
    writeFileSync(
      join(dir, 'evidence.mjs'),
      cpuReport +
        "import { main } from './cli/index.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n",
    );
    const require = createRequire(join(root, 'package.json'));
    const wink = pathToFileURL(require.resolve('wink-nlp')).href;
    const model = pathToFileURL(require.resolve('wink-eng-lite-web-model')).href;
    writeFileSync(
      join(dir, 'wink.mjs'),
      cpuReport +
        `import { readFileSync } from 'node:fs';\nimport winkNLP from '${wink}';\nimport model from '${model}';\n` +
        `const doc = winkNLP(model).readDoc(readFileSync(process.argv[2], 'utf8'));\n` +
        `process.stdout.write(String(doc.entities().out().length));\n`,
    );
    const cpuFile = join(dir, 'cpu.txt');
    const run = (script, argv) => {
      const started = process.hrtime.bigint();
      const done = spawnSync(process.execPath, [join(dir, script), ...argv], {
        stdio: ['ignore', 'ignore', 'inherit'],
        cwd: root,
        env: { ...process.env, BENCH_CPU_FILE: cpuFile },
      });
      if (done.status !== 0) throw new Error(`${script} exited with ${done.status}`);
      return {
        wall: Number(process.hrtime.bigint() - started) / 1e9,
        cpu: Number(readFileSync(cpuFile, 'utf8')),
      };
    };
    const middle = (values) => values.sort((a, b) => a - b)[1];
    const median = (script, argv) => {
      const runs = [0, 1, 2].map(() => run(script, argv));
      return { wall: middle(runs.map((r) => r.wall)), cpu: middle(runs.map((r) => r.cpu)) };
    };
    const tiny = join(dir, 'tiny.txt');
    writeFileSync(tiny, 'The council welcomes the plan.\n');
    const startUp = median('evidence.mjs', ['suggest', '--json', tiny]);
    console.log(
      `evidence suggest --json on a one-line file (start-up): median of 3: ${startUp.wall.toFixed(2)} s wall, ${startUp.cpu.toFixed(2)} s CPU`,
    );
    const ours = median('evidence.mjs', ['suggest', '--json', file]);
    console.log(
      `evidence suggest --json (whole process): ${(megabytes / ours.wall).toFixed(2)} MB/s ` +
        `(median of 3: ${ours.wall.toFixed(2)} s wall, ${ours.cpu.toFixed(2)} s CPU)`,
    );
    if (args.includes('--skip-wink')) return;
    const theirs = median('wink.mjs', [file]);
    console.log(
      `wink-nlp readDoc + entities (whole process): ${(megabytes / theirs.wall).toFixed(2)} MB/s ` +
        `(median of 3: ${theirs.wall.toFixed(2)} s wall, ${theirs.cpu.toFixed(2)} s CPU); ` +
        `suggest is ${(theirs.wall / ours.wall).toFixed(2)}x its throughput by wall clock, ` +
        `${(theirs.cpu / ours.cpu).toFixed(2)}x by CPU time`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
