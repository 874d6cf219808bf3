// The repository stands alone: no test, script, CI step or configuration names the folder beside it where
// the corpus and scorer used to live, and both Vitest configurations install the fs guard that makes any
// read outside the repository fail while tests run.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCodeFiles, scanForOutsideReferences } from '../support/outside-references';
import { repoRoot } from '../support/repo-paths';
import unitConfig from '../../vitest.config';
import e2eConfig from '../../vitest.e2e.config';

/** These name the sibling folder on purpose: they prove that the guard and the scanner refuse it. */
const NAMES_IT_ON_PURPOSE = new Set([
  'tests/support/fs-guard.test.ts',
  'tests/support/outside-references.test.ts',
]);

function filesToScan(): string[] {
  const folders = ['tests', 'scripts', 'src', '.ci', 'bin', 'build'];
  const rootFiles = readdirSync(repoRoot, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'README.md')
    .map((entry) => entry.name);
  return [...folders.flatMap((folder) => listCodeFiles(repoRoot, folder)), ...rootFiles]
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !NAMES_IT_ON_PURPOSE.has(file));
}

describe('the repository stands alone', () => {
  it('scans the tests, scripts, sources, CI and configuration files', () => {
    const files = filesToScan();
    for (const expected of ['package.json', '.ci/run', 'vitest.config.ts', 'tests/cli/score-kit.ts']) {
      expect(files).toContain(expected);
    }
    expect(files.some((file) => file.startsWith('scripts/'))).toBe(true);
    expect(files.some((file) => file.startsWith('src/core/'))).toBe(true);
  });

  it('has no file that refers to the folder beside the repository', () => {
    expect(scanForOutsideReferences(repoRoot, filesToScan())).toEqual([]);
  });

  it('installs the fs guard in the unit and the end-to-end test runs', () => {
    const setupFiles = (config: { test?: { setupFiles?: string | string[] } }) =>
      [config.test?.setupFiles ?? []].flat();
    const unitSetup = setupFiles(unitConfig);
    expect(unitSetup).toContain('tests/support/node-setup.ts');
    const nodeSetup = readFileSync(path.join(repoRoot, 'tests/support/node-setup.ts'), 'utf8');
    expect(nodeSetup).toMatch(/^import '\.\/install-fs-guard';/m);
    expect(setupFiles(e2eConfig)).toContain('tests/support/install-fs-guard.ts');
  });
});
