// The CLI at core's limits: a file of limit − 1 or limit bytes is read and limit + 1 is refused from its
// size alone; a .txt exactly at the limit becomes a bundle that reads back and merges; and a bundle whose
// source textHash is not the SHA-256 of its text is refused with exit 2 and nothing written.
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/cli-files';
import { LIMITS } from '../../src/core/limits';
import { DOCUMENTS, makeTempDir, readBundle, runCli, writeBundle } from './cli-test-kit';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});

/** A sparse file of `size` bytes: its size is real but it costs no disk. */
async function sparseFile(name: string, size: number): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, '');
  await truncate(file, size);
  return file;
}

/** ASCII text of exactly `size` bytes with a title line. */
async function asciiFile(name: string, size: number): Promise<string> {
  const bytes = Buffer.alloc(size, 0x61);
  bytes.write('At the limit\n');
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('evidence at the size limits', () => {
  it('reads a file of limit − 1 and limit bytes and refuses limit + 1 before reading it', async () => {
    for (const size of [LIMITS.fileBytes - 1, LIMITS.fileBytes]) {
      expect((await readInput(await sparseFile(`${size}.txt`, size), LIMITS.fileBytes)).length).toBe(size);
    }
    const over = await sparseFile('over.txt', LIMITS.fileBytes + 1);
    await expect(readInput(over, LIMITS.fileBytes)).rejects.toThrow(
      '"over.txt" is 50 MB; files over 50 MB cannot be imported.',
    );
  });

  it('imports a .txt of exactly the limit into a bundle that reads back and merges', async () => {
    const out = path.join(dir, 'big.json');
    const run = await runCli(['import', await asciiFile('big.txt', LIMITS.fileBytes), '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [source] = (await readBundle(out)).library.sources;
    expect(source!.text.length).toBe(LIMITS.sourceText);
    const small = path.join(dir, 'small.json');
    expect((await runCli(['import', DOCUMENTS[0]!, '--out', small])).code).toBe(0);
    const merged = path.join(dir, 'merged.json');
    expect(await runCli(['merge', out, small, '--out', merged])).toMatchObject({ code: 0, stderr: '' });
    expect((await readBundle(merged)).library.sources).toHaveLength(2);
  }, 120_000);

  it('refuses a .txt of limit + 1 bytes with exit 2 and writes nothing', async () => {
    const out = path.join(dir, 'over.json');
    const run = await runCli(['import', await sparseFile('over.txt', LIMITS.fileBytes + 1), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('evidence: "over.txt" is 50 MB; files over 50 MB cannot be imported.\n');
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe('evidence and text hashes', () => {
  it('refuses a bundle whose source textHash was altered, writing nothing', async () => {
    const good = path.join(dir, 'good.json');
    const tampered = path.join(dir, 'tampered.json');
    expect((await runCli(['import', DOCUMENTS[0]!, '--out', good])).code).toBe(0);
    expect((await runCli(['import', DOCUMENTS[1]!, '--out', tampered])).code).toBe(0);
    const bundle = await readBundle(tampered);
    const source = bundle.library.sources[0]!;
    source.textHash = source.textHash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    await writeBundle(tampered, bundle);
    const before = await readFile(tampered, 'utf8');

    const merged = path.join(dir, 'merged.json');
    const merge = await runCli(['merge', good, tampered, '--out', merged]);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toBe(
      `evidence: ${tampered}: sources[0] ("${source.title}", ${source.id}): textHash is not the SHA-256 of ` +
        "the source's text, so the file was changed or damaged after it was exported.\n",
    );
    await expect(readFile(merged)).rejects.toThrow();

    const extend = await runCli(['import', DOCUMENTS[2]!, '--out', tampered]);
    expect(extend.code).toBe(2);
    expect(extend.stderr).toContain('textHash is not the SHA-256');
    expect(await readFile(tampered, 'utf8')).toBe(before);
  });
});
