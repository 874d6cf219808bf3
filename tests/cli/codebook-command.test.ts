// `evidence codebook` on a real bundle: the codebook goes out as CSV and comes back in (new tags created,
// colours and descriptions updated, nothing deleted), a bad file is refused whole with the bundle
// untouched, and `evidence merge` moves a colleague's claims from a merged tag onto its target.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Tag } from '../../src/core/model/records';
import {
  DOCUMENTS,
  claimOn,
  makeTempDir,
  readBundle,
  researcherRecord,
  runCli,
  writeBundle,
} from './cli-test-kit';

let dir: string;
let bundle: string;
const tag = (id: string, name: string, parentId: string | null, extra: Partial<Tag> = {}): Tag => ({
  id,
  name,
  parentId,
  colour: '#0072b2',
  description: '',
  updatedAt: '2024-06-01T12:00:00.000Z',
  updatedBy: 'r-alice',
  deleted: false,
  ...extra,
});

beforeEach(async () => {
  dir = await makeTempDir();
  bundle = path.join(dir, 'library.json');
  await runCli(['import', DOCUMENTS[0]!, '--out', bundle], { EVIDENCE_RESEARCHER_ID: 'r-alice' });
  const b = await readBundle(bundle);
  b.library.tags = [
    tag('t-funding', 'Funding', null, { description: 'Money, "all" of it' }),
    tag('t-grants', 'Grants/awards', 't-funding', { colour: '#e69f00' }),
    tag('t-old', '=cmd', null, { deleted: true }),
  ];
  await writeBundle(bundle, b);
});

describe('evidence codebook', () => {
  it('exports the live tags as CSV with parent paths', async () => {
    const csv = path.join(dir, 'codebook.csv');
    const run = await runCli(['codebook', bundle, '--export', csv]);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'Wrote 2 tags to codebook.csv.\n' });
    expect(await readFile(csv, 'utf8')).toBe(
      'name,parent path,colour,description\r\n' +
        'Funding,,#0072b2,"Money, ""all"" of it"\r\n' +
        'Grants/awards,Funding,#e69f00,\r\n',
    );
  });

  it('imports a codebook: creates missing tags under their parents and updates existing ones', async () => {
    const csv = path.join(dir, 'team.csv');
    await writeFile(
      csv,
      'name,parent path,colour,description\n' +
        'Funding,,#d55e00,\n' +
        'Bursaries,Funding/Grants\\/awards,#009e73,For students\n' +
        'Actors,,,\n',
    );
    const run = await runCli(['codebook', bundle, '--import', csv], { EVIDENCE_RESEARCHER_ID: 'r-bob' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      'Imported the codebook into library.json: 2 tags created, 1 updated, 0 unchanged.\n',
    );
    const { library } = await readBundle(bundle);
    const byName = new Map(library.tags.map((t) => [t.name, t]));
    expect(byName.get('Funding')).toMatchObject({
      colour: '#d55e00',
      description: 'Money, "all" of it',
      updatedBy: 'r-bob',
    });
    expect(byName.get('Bursaries')).toMatchObject({ parentId: 't-grants', description: 'For students' });
    expect(byName.get('Actors')?.parentId).toBeNull();
    expect(byName.get('=cmd')?.deleted).toBe(true);
    expect(library.researchers.map((r) => r.id)).toContain('r-bob');
  });

  it('refuses a file with bad rows, naming them, and leaves the bundle as it was', async () => {
    const before = await readFile(bundle, 'utf8');
    const csv = path.join(dir, 'bad.csv');
    await writeFile(csv, 'name,parent path,colour,description\nGood,,,\nBad,,red,\n');
    const run = await runCli(['codebook', bundle, '--import', csv]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'evidence: bad.csv: The codebook was not imported: row 3 colour "red" is not written like #1f77b4.\n',
    );
    expect(await readFile(bundle, 'utf8')).toBe(before);
  });

  it('needs exactly one of --export and --import', async () => {
    const run = await runCli(['codebook', bundle]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('one of --export FILE or --import FILE');
  });
});

describe('evidence merge after a tag merge', () => {
  it('moves a colleague’s claims that still name the merged tag onto its target', async () => {
    const alice = await readBundle(bundle);
    const source = alice.library.sources[0]!;
    const bob = structuredClone(alice);
    bob.library.researchers.push(researcherRecord('r-bob'));
    bob.library.claims = [
      claimOn(source, '£11.22m', {
        id: 'c-bob',
        tagIds: ['t-grants'],
        createdBy: 'r-bob',
        updatedBy: 'r-bob',
      }),
    ];
    const bobFile = path.join(dir, 'bob.json');
    await writeBundle(bobFile, bob);
    // Alice merged "Grants/awards" into "Funding" before she saw Bob's claim.
    alice.library.tags = alice.library.tags.map((t) =>
      t.id === 't-grants'
        ? { ...t, deleted: true, mergedInto: 't-funding', updatedAt: '2024-06-02T09:00:00.000Z' }
        : t,
    );
    await writeBundle(bundle, alice);
    const out = path.join(dir, 'merged.json');
    const run = await runCli(['merge', bundle, bobFile, '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Claims that named a merged tag, moved onto the tag it was merged into: 1');
    const merged = (await readBundle(out)).library;
    expect(merged.claims.find((c) => c.id === 'c-bob')?.tagIds).toEqual(['t-funding']);
    expect(merged.tags.find((t) => t.id === 't-grants')).toMatchObject({
      deleted: true,
      mergedInto: 't-funding',
    });
  });
});
