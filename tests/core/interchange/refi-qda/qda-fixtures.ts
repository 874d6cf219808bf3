// Packs the hand-written REFI-QDA projects in tests/fixtures/refi-qda/projects into .qdpx bytes, entry
// names as they are on disk (so "Project.qde" keeps its capital), the way another tool's export arrives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { repoRoot } from '../../../support/repo-paths';

export const fixturesDir = path.join(repoRoot, 'tests/fixtures/refi-qda');

/** `extra` adds files by their path in the package (e.g. a corpus PDF, so it is not copied here). */
export function packFixtureProject(name: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const root = path.join(fixturesDir, 'projects', name);
  const files: Record<string, Uint8Array> = { ...extra };
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
      else files[`${prefix}${entry}`] = readFileSync(full);
    }
  };
  walk(root, '');
  return zipSync(files);
}

export function readFixture(name: string): Uint8Array {
  return readFileSync(path.join(fixturesDir, name));
}
