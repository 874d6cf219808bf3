// The fs guard installed by the test setup refuses any path beside the repository (a sibling folder such as
// the corpus's old home) through every kind of node:fs call, with its own error rather than ENOENT, and
// leaves the repository and the rest of the machine alone.
import fs, { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOutsideRepository, OutsideRepositoryError } from './fs-guard';
import { repoRoot } from './repo-paths';

// A folder beside the repository, as the corpus's old home was.
const sharedSibling = path.resolve(repoRoot, '..', 'corpus-beside-the-repo', 'x');
const anySibling = path.resolve(repoRoot, '..', 'some-other-checkout', 'package.json');
const guardError = /fs guard: .* reaches outside the repository/;

describe('the fs guard', () => {
  it('refuses to read a file in a sibling folder, with its own error rather than ENOENT', () => {
    let thrown: unknown;
    try {
      readFileSync(sharedSibling);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OutsideRepositoryError);
    expect((thrown as Error).message).toContain(sharedSibling);
  });

  it('refuses sync, callback and promise calls, paths given as URLs, and existence checks', async () => {
    expect(() => statSync(anySibling)).toThrow(guardError);
    expect(() => readdirSync(path.dirname(anySibling))).toThrow(guardError);
    expect(() => existsSync(anySibling)).toThrow(guardError);
    expect(() => readFileSync(pathToFileURL(anySibling))).toThrow(guardError);
    expect(() => fs.readFile(anySibling, () => undefined)).toThrow(guardError);
    expect(() => fs.createReadStream(anySibling)).toThrow(guardError);
    expect(() => fs.realpathSync.native(anySibling)).toThrow(guardError);
    await expect(readFile(sharedSibling)).rejects.toThrow(guardError);
    await expect(stat(anySibling)).rejects.toThrow(guardError);
    await expect(fs.promises.readdir(path.dirname(sharedSibling))).rejects.toThrow(guardError);
  });

  it('refuses a path that only reaches the sibling through ".." or lists the parent folder', () => {
    expect(() =>
      readFileSync(path.join(repoRoot, 'tests', '..', '..', 'corpus-beside-the-repo', 'x')),
    ).toThrow(guardError);
    expect(() => readdirSync(path.dirname(repoRoot))).toThrow(guardError);
  });

  it('lets the repository and the rest of the machine through', async () => {
    expect(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).name).toBe(
      'evidence-workbench',
    );
    expect(existsSync(path.join(repoRoot, 'no-such-file'))).toBe(false);
    expect(statSync(tmpdir()).isDirectory()).toBe(true);
    await expect(stat(repoRoot)).resolves.toBeTruthy();
  });

  it('tells a sibling of the repository from a folder whose name only starts like it', () => {
    const root = path.resolve('/work/app');
    expect(isOutsideRepository(path.resolve('/work/app-old/x'), root)).toBe(true);
    expect(isOutsideRepository(path.resolve('/work/app/x'), root)).toBe(false);
    expect(isOutsideRepository(path.resolve('/work'), root)).toBe(true);
    expect(isOutsideRepository(path.resolve('/elsewhere/x'), root)).toBe(false);
  });
});
