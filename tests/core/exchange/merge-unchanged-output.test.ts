// The merge was made faster (versions compared by their JSON before their canonical text, the written text
// serialised once and checked, the bundle decoded in one pass); its results must not move by a byte. The
// digests below are of what the merge code before those changes wrote for these seeded pairs of
// divergent libraries (conflicts, tombstones, merged tags, texts changed under claims): the merged bundle
// as `evidence merge` writes it, and its report. Any change to the merge's outcome changes a digest.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildLibrary, divergentPair } from '../../../scripts/scale/generate-library.mjs';
import { formatMergeReport } from '../../../src/cli/merge-command';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { reconcileClaims } from '../../../src/core/exchange/reconcile-claims';
import { checkMergedLibrary, recordsOf } from '../../../src/core/exchange/check-merged-library';
import { serialiseValidLibrary } from '../../../src/core/exchange/validate-library';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function mergeSeededPair(seed: number) {
  const size = { sources: 150, claims: 1_500, sourceChars: 1_500, tags: 60 };
  const [a, b] = divergentPair(buildLibrary({ seed, ...size }), seed, size);
  const result = mergeLibraries(a, b);
  const { library, moved, orphaned } = reconcileClaims(result.library);
  const written = serialiseValidLibrary(library, '2025-09-01T00:00:00.000Z');
  if (!written.ok) throw new Error(written.error);
  // The CLI's lighter check before writing (only records the merge made) agrees with the full one.
  expect(checkMergedLibrary(library, recordsOf(a, b))).toEqual({ ok: true });
  return {
    bundle: sha256(written.text),
    report: sha256(`${formatMergeReport(result)}${moved.join()}|${orphaned.join()}`),
    conflicts: result.conflicts.length,
    redirected: result.redirectedClaims.length,
    moved: moved.length,
  };
}

// Computed with the merge code as it was before (serialiseBundle(createBundle(...)) after validateLibrary).
const BEFORE_1 = {
  bundle: '4ef9fba2a896721c5d69569bee593ea334dbd7be182dd11597452709bdae6396',
  report: 'c12a2c94d81298b3d7872e2de974e9cd0a0bcb873534c2ef9248f5306019a800',
  conflicts: 268,
  redirected: 3,
  moved: 1,
};
const BEFORE_2 = {
  bundle: '63e0775e193c49590be810a2ed1f2a9047fbc0def2068ca0fa365adb0d40605c',
  report: 'c4979fcebf4ac63b64fab1deef102e896e366fed202c2a1a9e6350f873dc4800',
  conflicts: 284,
  redirected: 7,
  moved: 1,
};

describe('merge output, before and after the speed-up', () => {
  it.each([
    [1, BEFORE_1],
    [2, BEFORE_2],
  ])('seed %i writes the same bundle and report as before', (seed, before) => {
    expect(mergeSeededPair(seed)).toEqual(before);
  });
});
