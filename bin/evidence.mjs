#!/usr/bin/env node
// Entry point of the `evidence` command; the code lives in the bundle that `npm run build` writes.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/index.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('evidence: the command is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
