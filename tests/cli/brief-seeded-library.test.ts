// `evidence brief` of every claim of the seeded library S (1,000 sources, 10,000 claims; the benchmark's
// S): the Markdown it writes is pinned by its digest, so a change to what a whole-library briefing prints
// is made on purpose. Pinned when the Cross-checks section began printing each group of conflicting
// claims once (core/briefing/compose/finding-runs.ts): 536 groups where there were 14,808 pairs.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary, PRESETS, writeBundle } from '../../scripts/scale/generate-library.mjs';
import { groupConflicts } from '../../src/core/crosscheck/conflict-groups';
import { findCrossChecks } from '../../src/core/crosscheck/find-cross-checks';
import { makeTempDir, runCli } from './cli-test-kit';

describe('evidence brief of the seeded library S', () => {
  it('writes the pinned briefing, each conflict group once', async () => {
    const dir = await makeTempDir();
    const bundle = path.join(dir, 'S.json');
    const library = buildLibrary({ seed: 1, ...PRESETS.S });
    writeBundle(bundle, library, '2024-06-01T12:00:00.000Z');
    const out = path.join(dir, 'S.md');
    const run = await runCli(['brief', bundle, '--out', out]);
    expect(run).toMatchObject({
      code: 0,
      stdout: 'Wrote S.md (Markdown, harvard): 5800 claims from 1000 sources.\n',
    });
    const markdown = await readFile(out, 'utf8');
    const section = markdown.slice(markdown.indexOf('## Cross-checks'), markdown.indexOf('## Quotes'));
    const items = section.split('\n').filter((line) => line.startsWith('- '));
    const { sums, corroborations, conflicts } = findCrossChecks(library.claims, library.sources);
    const groups = groupConflicts(conflicts);
    expect(conflicts.length).toBeGreaterThan(groups.length * 20);
    expect(items).toHaveLength(sums.length + corroborations.length + groups.length);
    expect(items.filter((line) => /\bdiffers?\b|\bbut opposes\b/.test(line))).toHaveLength(groups.length);
    expect(createHash('sha256').update(markdown).digest('hex')).toBe(
      '17d727969c0c67f1dba638671a83a95251f0779425cefeeca585e42e25e54d41',
    );
    await rm(dir, { recursive: true, force: true });
  }, 180_000);
});
