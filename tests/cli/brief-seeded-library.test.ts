// `evidence brief` of every claim of the seeded library S (1,000 sources, 10,000 claims; the benchmark's
// S): the Markdown it writes is pinned by its digest, so a change to what a whole-library briefing prints
// is made on purpose. Pinned when the Cross-checks section began printing each group of conflicting
// claims once (core/briefing/compose/finding-runs.ts): 536 groups where there were 14,808 pairs. The
// same briefing comes from the formatted references a run before kept (cli/citation-cache-file.ts).
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary, PRESETS, writeBundle } from '../../scripts/scale/generate-library.mjs';
import { findCrossChecks, findGroupedCrossChecks } from '../../src/core/crosscheck/find-cross-checks';
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
    const groups = findGroupedCrossChecks(library.claims, library.sources).conflictGroups;
    expect(conflicts.length).toBeGreaterThan(groups.length * 20);
    expect(items).toHaveLength(sums.length + corroborations.length + groups.length);
    expect(items.filter((line) => /\bdiffers?\b|\bbut opposes\b/.test(line))).toHaveLength(groups.length);
    const digest = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(digest(markdown)).toBe('17d727969c0c67f1dba638671a83a95251f0779425cefeeca585e42e25e54d41');
    // Written again from the references a first run kept, the briefing is the same to the byte: the
    // kept groups' order, sort keys (undefined ones included) and in-text forms come back as formatted.
    const env = { EVIDENCE_CACHE_DIR: path.join(dir, 'cache') };
    for (const run of ['first', 'second']) {
      const kept = path.join(dir, `${run}.md`);
      const brief = await runCli(['brief', bundle, '--out', kept, '--timings'], env);
      expect(brief.code).toBe(0);
      if (run === 'second') expect(brief.stderr).toMatch(/\((\d+) of \1 reference groups kept/);
      expect(digest(await readFile(kept, 'utf8'))).toBe(digest(markdown));
    }
    await rm(dir, { recursive: true, force: true });
  }, 180_000);
});
