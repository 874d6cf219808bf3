#!/usr/bin/env node
// The floor of a command that reads bundles and writes one: the same files read, parsed and written back
// raw (JSON.parse, JSON.stringify with the bundle's indent, one file written), nothing checked or merged.
//   node scripts/scale/json-floor.mjs OUT IN...
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
const parsed = inputs.map((file) => JSON.parse(readFileSync(file, 'utf8')));
for (const value of parsed) writeFileSync(out, `${JSON.stringify(value, null, 2)}\n`);
