#!/usr/bin/env node
// The seeded generator of large libraries for the scale benchmarks: S (1,000 sources of ~5 KB, 10,000
// claims), M (10,000 sources, 100,000 claims), M1 and M2 (divergent copies of M for merging), S1 and S2
// (the same for S) and H (one source with 20,000 highlights). Bundles are written to a temporary folder
// (never into the repository); the same seed always writes the same bytes, and a bundle already written
// for this seed and generator version is reused. Usage is in the module's help (--help).
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLibrary } from './build-library.mjs';
import { divergeLibrary } from './diverge-library.mjs';
import { writeBundle } from './write-bundle.mjs';

export { buildLibrary } from './build-library.mjs';
export { divergeLibrary } from './diverge-library.mjs';
export { writeBundle } from './write-bundle.mjs';

/** Bumped whenever the generator's output changes, so cached bundles of an older shape are not reused. */
export const GENERATOR_VERSION = 2;
export const EXPORTED_AT = '2025-09-01T00:00:00.000Z';

export const PRESETS = {
  S: { sources: 1_000, claims: 10_000, sourceChars: 5_000, tags: 200 },
  M: { sources: 10_000, claims: 100_000, sourceChars: 5_000, tags: 500 },
  H: { sources: 1, claims: 20_000, sourceChars: 2_000_000, tags: 40 },
};

/** The two divergent copies of a base library that a merge benchmark merges. */
export function divergentPair(base, seed, sizeOf) {
  const newSources = Math.max(1, Math.round(sizeOf.sources / 100));
  const common = { seed, sourceChars: sizeOf.sourceChars, newSources };
  return [
    divergeLibrary(base, { ...common, label: '1', mergedTags: 2 }),
    divergeLibrary(base, {
      ...common,
      label: '2',
      changedTexts: Math.max(2, Math.round(sizeOf.sources / 500)),
    }),
  ];
}

const fileOf = (dir, name, seed) => path.join(dir, `${name}-seed${seed}-v${GENERATOR_VERSION}.json`);

function writeOnce(file, make) {
  if (existsSync(file)) return file;
  const part = `${file}.part`;
  writeBundle(part, make(), EXPORTED_AT);
  renameSync(part, file);
  return file;
}

/**
 * Writes the bundles `names` (any of S, S1, S2, M, M1, M2, H) for `seed` into `dir` and returns
 * { name: path }. A base library is built at most once per call.
 */
export function generateBundles({ names, seed = 1, dir = defaultDir() }) {
  mkdirSync(dir, { recursive: true });
  const bases = new Map();
  const baseOf = (size) =>
    bases.get(size) ?? bases.set(size, buildLibrary({ seed, ...PRESETS[size] })).get(size);
  const pairs = new Map();
  const pairOf = (size) =>
    pairs.get(size) ?? pairs.set(size, divergentPair(baseOf(size), seed, PRESETS[size])).get(size);
  const out = {};
  for (const name of names) {
    const size = name[0];
    if (!PRESETS[size] || (name.length > 1 && !['1', '2'].includes(name.slice(1))))
      throw new Error(`unknown bundle ${name}`);
    out[name] = writeOnce(fileOf(dir, name, seed), () =>
      name.length === 1 ? baseOf(size) : pairOf(size)[Number(name[1]) - 1],
    );
  }
  return out;
}

export function defaultDir() {
  return path.join(os.tmpdir(), 'evidence-scale');
}

const HELP = `Usage: node scripts/scale/generate-library.mjs [--seed N] [--out DIR] [NAME...]
NAME: S, S1, S2, M, M1, M2, H (default: S S1 S2 H). Bundles go to DIR (default ${defaultDir()}),
named NAME-seedN-vVERSION.json; existing ones are reused. Prints one "NAME PATH" line per bundle.`;

function main(argv) {
  const names = [];
  let seed = 1;
  let dir = defaultDir();
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--help') return void console.log(HELP);
    if (argv[i] === '--seed') seed = Number(argv[++i]);
    else if (argv[i] === '--out') dir = path.resolve(argv[++i]);
    else names.push(argv[i]);
  }
  if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number');
  const written = generateBundles({ names: names.length ? names : ['S', 'S1', 'S2', 'H'], seed, dir });
  for (const [name, file] of Object.entries(written)) console.log(`${name} ${file}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
