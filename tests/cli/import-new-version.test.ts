// `evidence import` of a new version of a source: spotted and skipped with a hint, then imported with
// --new-version-of, moving the old version's claims onto the new text (moved, changed, orphaned).
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENTS, claimOn, makeTempDir, readBundle, repoRoot, runCli, writeBundle } from './cli-test-kit';

const EDITED = path.join(repoRoot, 'tests/core/versions/fixtures/004-edited.txt');

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});

describe('evidence import --new-version-of', () => {
  it('skips a likely new version with a hint, then imports it as one, moving the claims', async () => {
    const out = path.join(dir, 'versions.json');
    await runCli(['import', DOCUMENTS[4]!, '--out', out], { EVIDENCE_RESEARCHER_ID: 'r-alice' });
    const bundle = await readBundle(out);
    const old = bundle.library.sources[0]!;
    bundle.library.claims = [
      claimOn(old, '12th December 2017', { id: 'c-moved' }),
      claimOn(old, 'has had a positive affect on culture and practice', { id: 'c-changed' }),
      claimOn(old, 'An evaluation of Slough Children’s Services Trust is in progress.', { id: 'c-orphan' }),
    ];
    await writeBundle(out, bundle);

    const hinted = await runCli(['import', EDITED, '--out', out]);
    expect(hinted.code).toBe(0);
    expect(hinted.stdout).toContain(
      `skipped ${EDITED}: it looks like a new version of "${old.title}" (${old.id}); run again with --new-version-of ${old.id}`,
    );
    expect((await readBundle(out)).library.sources).toHaveLength(1);

    const run = await runCli(['import', EDITED, '--new-version-of', old.id, '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(
      '1 claim moved, 1 found with a changed quote (check it), 1 orphaned (kept, listed under “Orphans”).',
    );
    const library = (await readBundle(out)).library;
    const next = library.sources.find((s) => s.id !== old.id)!;
    expect(next.supersedes).toBe(old.id);
    expect(library.sources.find((s) => s.id === old.id)).toMatchObject({ deleted: false, text: old.text });
    const byId = new Map(library.claims.map((c) => [c.id, c]));
    expect(library.claims.every((c) => c.sourceId === next.id)).toBe(true);
    const [movedQuote, movedAt] = byId.get('c-moved')!.target.selector;
    expect(next.text.slice(movedAt.start, movedAt.end)).toBe(movedQuote.exact);
    expect(byId.get('c-changed')!.target).toMatchObject({
      previousQuote: 'has had a positive affect on culture and practice',
      selector: [{ exact: 'has had a positive effect on culture and practice' }, {}],
    });
    expect(byId.get('c-orphan')!.target).toMatchObject({ orphaned: true, source: next.id });
  });

  it('adds a likely new version as a source of its own with --separate', async () => {
    const out = path.join(dir, 'separate.json');
    await runCli(['import', DOCUMENTS[4]!, '--out', out]);
    const run = await runCli(['import', EDITED, '--separate', '--out', out]);
    expect(run.code).toBe(0);
    const sources = (await readBundle(out)).library.sources;
    expect(sources).toHaveLength(2);
    expect(sources.every((s) => s.supersedes === undefined)).toBe(true);
  });

  it('refuses an unknown source id or more than one file, changing nothing', async () => {
    const out = path.join(dir, 'refused.json');
    await runCli(['import', DOCUMENTS[4]!, '--out', out]);
    const unknown = await runCli(['import', EDITED, '--new-version-of', 'a'.repeat(64), '--out', out]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('there is no such source in the bundle');
    const two = await runCli([
      'import',
      EDITED,
      DOCUMENTS[0]!,
      '--new-version-of',
      'a'.repeat(64),
      '-o',
      out,
    ]);
    expect(two.code).not.toBe(0);
    expect(two.stderr).toContain('--new-version-of takes exactly one FILE');
    expect((await readBundle(out)).library.sources).toHaveLength(1);
  });
});
