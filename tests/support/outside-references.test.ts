// The scanner behind tests/lint/standalone-repository.test.ts recognises each way code can name the
// sibling folder, and not the ordinary word "shared".
import { describe, expect, it } from 'vitest';
import { findOutsideReferences } from './outside-references';

describe('findOutsideReferences', () => {
  it.each([
    "const corpus = resolve('../shared/corpus');",
    "new URL('../../../../shared/corpus/', import.meta.url)",
    'node ..\\shared\\tools\\score.mjs',
    "path.resolve(repoRoot, '..', 'shared', 'x')",
    'cp -r /work/shared/corpus tests/',
    'see shared/tools/score-suggestions.mjs',
    'read shared/DESIGN.md first',
  ])('finds %s', (line) => {
    expect(findOutsideReferences(`// first line\n${line}\n`)).toEqual([2]);
  });

  it.each([
    'Shared helpers for the storage tests',
    'let sharedStore: Store | undefined;',
    "import { x } from '../shared-kit';",
    "const dir = join(repoRoot, 'tests/fixtures/corpus');",
  ])('leaves alone %s', (line) => {
    expect(findOutsideReferences(line)).toEqual([]);
  });
});
