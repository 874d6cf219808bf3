// The `evidence` command run in-process on the real corpus: importing (and re-importing) documents,
// (briefings: brief-command.test.ts), merging two researchers' bundles, and refusing bad input with one line
// on stderr, exit code 2 and the bundle on disk untouched.
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/text/hash';
import {
  claimOn,
  researcherRecord,
  corpusDir,
  DOCUMENTS,
  makeTempDir,
  readBundle,
  repoRoot,
  runCli,
  writeBundle,
} from './cli-test-kit';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});

const oneErrorLine = (stderr: string) => {
  expect(stderr).toMatch(/^evidence: [^\n]+\n$/);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
};

describe('evidence import', () => {
  it('imports the five corpus documents into a new bundle, then adds nothing on a second import', async () => {
    const out = path.join(dir, 'library.json');
    const first = await runCli(['import', ...DOCUMENTS, '--out', out]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('5 sources added to library.json');

    const bundle = await readBundle(out);
    expect(bundle.library.sources).toHaveLength(5);
    expect(bundle.library.researchers).toEqual([expect.objectContaining({ id: 'cli', deleted: false })]);
    const text = await readFile(DOCUMENTS[0]!, 'utf8');
    const source = bundle.library.sources.find((s) => s.fileName === path.basename(DOCUMENTS[0]!));
    expect(source?.text).toBe(text.replace(/\r\n?/g, '\n'));
    expect(source?.updatedBy).toBe('cli');

    const before = await readFile(out, 'utf8');
    const again = await runCli(['import', ...DOCUMENTS, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to add');
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('skips a file whose text is already in the bundle from another encoding, unless told to add it', async () => {
    const out = path.join(dir, 'same.json');
    const fixtures = corpusDir;
    const utf8 = path.join(fixtures, 'documents/000_38c8a26222ede8aa.txt');
    const utf16 = path.join(fixtures, 'formats/000_38c8a26222ede8aa.utf16le.txt');
    expect((await runCli(['import', utf8, '--out', out])).code).toBe(0);
    const [first] = (await readBundle(out)).library.sources;
    const run = await runCli(['import', utf16, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `skipped ${utf16}: “000_38c8a26222ede8aa.utf16le.txt” has the same text as “${first!.title}”, already in your library`,
    );
    expect((await readBundle(out)).library.sources).toHaveLength(1);
    expect((await runCli(['import', utf16, '--allow-same-text', '--out', out])).code).toBe(0);
    expect((await readBundle(out)).library.sources).toHaveLength(2);
  });

  it('extends an existing bundle and stamps the researcher from EVIDENCE_RESEARCHER_ID', async () => {
    const out = path.join(dir, 'b.json');
    expect((await runCli(['import', DOCUMENTS[0]!, '--out', out])).code).toBe(0);
    const html = path.join(corpusDir, 'formats', '004_095d6f8d55d7aa2e.html');
    const run = await runCli(['import', DOCUMENTS[0]!, html, '--out', out], {
      EVIDENCE_RESEARCHER_ID: 'r-alice',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/skipped .*000_38c8a26222ede8aa\.txt: already in the bundle/);
    const { library } = await readBundle(out);
    expect(library.sources.map((s) => s.format).sort()).toEqual(['html', 'txt']);
    expect(library.sources.find((s) => s.format === 'html')?.updatedBy).toBe('r-alice');
    expect(library.researchers.map((r) => r.id)).toEqual(['cli', 'r-alice']);
  });

  it('restores a deleted source when its file is imported again', async () => {
    const out = path.join(dir, 'b.json');
    await runCli(['import', DOCUMENTS[1]!, '--out', out]);
    const bundle = await readBundle(out);
    bundle.library.sources[0]!.deleted = true;
    await writeBundle(out, bundle);
    const run = await runCli(['import', DOCUMENTS[1]!, '--out', out]);
    expect(run.stdout).toContain('restored');
    expect((await readBundle(out)).library.sources[0]?.deleted).toBe(false);
  });
});

describe('evidence merge', () => {
  it('takes the newer text of a source and moves or orphans the claims made on the older one', async () => {
    const a = path.join(dir, 'old.json');
    const b = path.join(dir, 'new.json');
    await runCli(['import', DOCUMENTS[0]!, '--out', a], { EVIDENCE_RESEARCHER_ID: 'r-alice' });
    const older = await readBundle(a);
    const source = older.library.sources[0]!;
    older.library.claims = [
      claimOn(source, '£11.22m', { id: 'c-moves' }),
      claimOn(source, 'Emma Lewell-Buck', { id: 'c-gone' }),
    ];
    await writeBundle(a, older);
    // Bob's newer text of the same source: a line added at the top, and one name taken out.
    const text = `Revised.\n\n${source.text.replaceAll('Emma Lewell-Buck', 'an MP')}`;
    const newer = structuredClone(older);
    newer.library.claims = [];
    newer.library.researchers = [researcherRecord('r-bob')];
    newer.library.sources = [
      {
        ...source,
        text,
        textHash: await sha256Hex(text),
        updatedAt: new Date(Date.parse(source.updatedAt) + 60_000).toISOString(),
        updatedBy: 'r-bob',
      },
    ];
    await writeBundle(b, newer);
    const out = path.join(dir, 'merged.json');
    const run = await runCli(['merge', a, b, '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(
      'Claims on a newer text of their source: 1 moved, 1 orphaned (kept): c-gone.',
    );
    const merged = (await readBundle(out)).library;
    const moved = merged.claims.find((c) => c.id === 'c-moves')!;
    const [quote, position] = moved.target.selector;
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect(merged.claims.find((c) => c.id === 'c-gone')!.target).toMatchObject({ orphaned: true });
  });

  it('merges two bundles, reports counts and a claim both researchers changed', async () => {
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    await runCli(['import', DOCUMENTS[0]!, DOCUMENTS[1]!, '--out', a], { EVIDENCE_RESEARCHER_ID: 'r-alice' });
    await runCli(['import', DOCUMENTS[1]!, DOCUMENTS[2]!, '--out', b], { EVIDENCE_RESEARCHER_ID: 'r-bob' });
    const bundleA = await readBundle(a);
    const bundleB = await readBundle(b);
    const shared = bundleA.library.sources.find((s) => s.fileName === path.basename(DOCUMENTS[1]!))!;
    const quote = shared.text.slice(200, 260);
    bundleA.library.claims = [claimOn(shared, quote, { id: 'c-shared', note: 'alice' })];
    bundleB.library.claims = [
      claimOn(shared, quote, {
        id: 'c-shared',
        note: 'bob',
        updatedBy: 'r-bob',
        updatedAt: '2024-06-02T08:00:00.000Z',
      }),
    ];
    // Bob's library knows Alice, who made the claim he edited.
    bundleB.library.researchers.push(researcherRecord('r-alice'));
    await writeBundle(a, bundleA);
    await writeBundle(b, bundleB);

    const out = path.join(dir, 'c.json');
    const run = await runCli(['merge', a, b, '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('sources: 1 added, 1 updated, 1 unchanged');
    expect(run.stdout).toContain('claims: 0 added, 1 updated, 0 unchanged');
    expect(run.stdout).toMatch(/Conflicts \(1\)[^\n]*\n {2}claim c-shared: kept the version by r-bob/);

    const merged = await readBundle(out);
    expect(merged.library.sources).toHaveLength(3);
    expect(merged.library.researchers.map((r) => r.id)).toEqual(['r-alice', 'r-bob']);
    expect(merged.library.claims.map((c) => c.note)).toEqual(['bob']);
  });
});

describe('evidence on bad input', () => {
  async function bundleOnDisk(): Promise<{ out: string; before: string }> {
    const out = path.join(dir, 'keep.json');
    await runCli(['import', DOCUMENTS[0]!, '--out', out]);
    return { out, before: await readFile(out, 'utf8') };
  }

  it('refuses a missing file and leaves the bundle as it was', async () => {
    const { out, before } = await bundleOnDisk();
    const run = await runCli(['import', DOCUMENTS[1]!, path.join(dir, 'nope.txt'), '--out', out]);
    expect(run.code).toBe(2);
    oneErrorLine(run.stderr);
    expect(run.stderr).toContain('cannot read');
    expect(run.stderr).toContain('nope.txt: no such file');
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('refuses a file over the size limit by its size, without reading it', async () => {
    const { out, before } = await bundleOnDisk();
    // A sparse 3 GiB file: reading it whole would fail with Node's own "greater than 2 GiB" error (and
    // take gigabytes), so the size message shows the file was measured, not read.
    const huge = path.join(dir, 'huge.txt');
    await truncate(huge, 3 * 1024 ** 3).catch(async () => {
      await writeFile(huge, '');
      await truncate(huge, 3 * 1024 ** 3);
    });
    const run = await runCli(['import', huge, '--out', out]);
    expect(run.code).toBe(2);
    oneErrorLine(run.stderr);
    expect(run.stderr).toMatch(/"huge\.txt" is 3(\.0)? GB; files over 50 MB cannot be imported/);
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('imports a UTF-8 file with a bad byte as UTF-8 and says how many places could not be read, and where', async () => {
    const damaged = path.join(dir, 'damaged.txt');
    const good = new TextEncoder().encode('Costs rose to £3m.\nThe council paid £1.2m ');
    await writeFile(damaged, new Uint8Array([...good, 0x96, ...new TextEncoder().encode(' in 2019.\n')]));
    const out = path.join(dir, 'damaged.json');
    const run = await runCli(['import', damaged, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '1 place in "damaged.txt" could not be read as UTF-8 and show as “�” (line 2)',
    );
    const [source] = (await readBundle(out)).library.sources;
    expect(source!.text).toContain('Costs rose to £3m.');
    expect(source!.text).toContain('£1.2m \uFFFD in 2019.');
  });

  it('refuses a file type it cannot import, changing nothing', async () => {
    const { out, before } = await bundleOnDisk();
    const sheet = path.join(path.dirname(out), 'figures.xlsx');
    await writeFile(sheet, 'PK not really a spreadsheet');
    const run = await runCli(['import', DOCUMENTS[0]!, sheet, '--out', out]);
    expect(run.code).toBe(2);
    oneErrorLine(run.stderr);
    expect(run.stderr).toContain('.xlsx');
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('refuses to extend a corrupt bundle and does not overwrite it', async () => {
    const { out, before } = await bundleOnDisk();
    const corrupt = before.slice(0, before.length / 2);
    await writeFile(out, corrupt);
    const run = await runCli(['import', DOCUMENTS[2]!, '--out', out]);
    expect(run.code).toBe(2);
    oneErrorLine(run.stderr);
    expect(run.stderr).toContain('not JSON');
    expect(await readFile(out, 'utf8')).toBe(corrupt);
  });

  it('refuses foreign JSON as a bundle to merge, and writes no output', async () => {
    const { out, before } = await bundleOnDisk();
    const result = path.join(dir, 'merged.json');
    const run = await runCli(['merge', out, path.join(repoRoot, 'package.json'), '--out', result]);
    expect(run.code).toBe(2);
    oneErrorLine(run.stderr);
    expect(run.stderr).toContain('package.json: The file is JSON but not an evidence bundle');
    await expect(readFile(result)).rejects.toThrow();
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('refuses an unknown command, a missing --out and an unknown option with exit 2', async () => {
    for (const argv of [
      ['frobnicate'],
      ['import', DOCUMENTS[0]!],
      ['merge', 'a', 'b', '--out', 'c', '--force'],
      [],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      oneErrorLine(run.stderr);
    }
    expect((await runCli(['frobnicate'])).stderr).toBe(
      'evidence: unknown command "frobnicate"; run `evidence --help`\n',
    );
  });

  it('refuses a researcher id that could not be stored', async () => {
    const run = await runCli(['import', DOCUMENTS[0]!, '--out', path.join(dir, 'x.json')], {
      EVIDENCE_RESEARCHER_ID: 'alice smith',
    });
    expect(run.code).toBe(2);
    oneErrorLine(run.stderr);
  });
});

describe('evidence help and version', () => {
  it('prints help for the command and each subcommand, and the version', async () => {
    expect((await runCli(['--help'])).stdout).toContain('Usage: evidence COMMAND');
    for (const command of ['import', 'brief', 'merge']) {
      expect((await runCli(['help', command])).stdout).toContain(`Usage: evidence ${command}`);
      expect((await runCli([command, '--help'])).stdout).toContain(`Usage: evidence ${command}`);
    }
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `evidence ${pkg.version}\n`, stderr: '' });
    expect((await runCli(['help', 'nope'])).code).toBe(2);
  });
});
