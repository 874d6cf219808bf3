// The shipped command end to end: builds the CLI bundle once with vite.cli.config.ts, then runs
// `node bin/evidence.mjs` as a separate process on the real corpus, checking exit codes and output streams.
import { execFile, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLibrary, writeBundle as writeGeneratedBundle } from '../../scripts/scale/generate-library.mjs';
import { DOCUMENTS, makeTempDir, readBundle, repoRoot } from './cli-test-kit';

const run = promisify(execFile);
type Result = { code: number; stdout: string; stderr: string };

async function evidence(args: string[], env: Record<string, string> = {}): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/evidence.mjs', ...args], {
      cwd: repoRoot,
      env: { ...process.env, EVIDENCE_RESEARCHER_ID: 'r-bin', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  await run('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], { cwd: repoRoot });
}, 120_000);

describe('node bin/evidence.mjs', () => {
  it('imports the corpus, re-imports nothing, and merges, as a separate process', async () => {
    const dir = await makeTempDir();
    const out = path.join(dir, 'library.json');
    const first = await evidence(['import', ...DOCUMENTS, '--out', out]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('5 sources added');
    const { library } = await readBundle(out);
    expect(library.sources).toHaveLength(5);
    expect(library.researchers.map((r) => r.id)).toEqual(['r-bin']);

    const again = await evidence(['import', ...DOCUMENTS, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to add');

    const merged = path.join(dir, 'merged.json');
    const merge = await evidence(['merge', out, out, '--out', merged]);
    expect(merge.code).toBe(0);
    expect(merge.stdout).toContain('sources: 0 added, 0 updated, 5 unchanged');
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '');
    expect(strip(await readFile(merged, 'utf8'))).toBe(strip(await readFile(out, 'utf8')));
  });

  it('writes the same briefing with its references formatted in worker threads as in one thread', async () => {
    const dir = await makeTempDir();
    const bundle = path.join(dir, 'library.json');
    const library = buildLibrary({
      seed: 3,
      sources: 400,
      claims: 900,
      sourceChars: 600,
      tags: 10,
      briefings: 0,
    });
    writeGeneratedBundle(bundle, library, '2025-09-01T00:00:00.000Z');
    const written: string[] = [];
    for (const threads of ['1', '3']) {
      const out = path.join(dir, `brief-${threads}.md`);
      const brief = await evidence(['brief', bundle, '--out', out, '--timings', '--no-cache'], {
        EVIDENCE_BRIEF_THREADS: threads,
      });
      expect(brief.code, brief.stderr).toBe(0);
      // The threads really ran: the timings name them (one thread is this one, and goes unnamed).
      if (threads === '3') expect(brief.stderr).toMatch(/compose [\d.]+ s \(references in 3 threads\)/);
      else expect(brief.stderr).not.toMatch(/threads/);
      written.push((await readFile(out, 'utf8')).replace(/^Generated .*$/m, ''));
    }
    expect(written[0]).toContain('## References');
    expect(written[1]).toBe(written[0]);
  });

  it('exits with 2 and one line on stderr for bad input, leaving the bundle unchanged', async () => {
    const dir = await makeTempDir();
    const out = path.join(dir, 'b.json');
    await writeFile(out, '{"format": "something-else"}');
    const bad = await evidence(['import', DOCUMENTS[0]!, '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^evidence: .*not an evidence bundle[^\n]*\n$/);
    expect(await readFile(out, 'utf8')).toBe('{"format": "something-else"}');

    const unknown = await evidence(['frobnicate']);
    expect(unknown).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evidence: unknown command "frobnicate"; run `evidence --help`\n',
    });
    expect((await evidence(['--version'])).stdout).toMatch(/^evidence \d+\.\d+\.\d+\n$/);
  });

  // A network namespace of its own (unshare -n, root or user namespaces) has no route anywhere: OCR must
  // find its engine and language data on disk. Skipped where namespaces are not allowed.
  const isolated = spawnSync('unshare', ['-n', 'true']).status === 0;
  it.skipIf(!isolated)(
    'reads a scanned PDF by OCR with the network refused (unshare -n)',
    async () => {
      const probe = spawnSync(
        'unshare',
        [
          '-n',
          process.execPath,
          '-e',
          "require('net').connect(80, '1.1.1.1').on('error', (e) => console.log(e.code))",
        ],
        { encoding: 'utf8' },
      );
      expect(probe.stdout.trim()).toMatch(/^E(NETUNREACH|CONNREFUSED|HOSTUNREACH)$/);
      const run = spawnSync(
        'unshare',
        [
          '-n',
          process.execPath,
          'bin/evidence.mjs',
          'extract',
          'tests/fixtures/ocr/scanned-003.pdf',
          '--json',
        ],
        { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, EVIDENCE_OCR_THREADS: '1' } },
      );
      expect(run.status, run.stderr).toBe(0);
      const output = JSON.parse(run.stdout) as { text: string; pages: { ocr?: { confidence: number } }[] };
      expect(output.pages[0]!.ocr!.confidence).toBeGreaterThan(80);
      expect(output.text).toContain('private sector');
    },
    600_000,
  );
});
