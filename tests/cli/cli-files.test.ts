// How `evidence` reads a bundle file's bytes: UTF-8, with a leading byte order mark taken off as a text
// decoder would, and a file with a byte that is not UTF-8 refused with core's message naming the byte.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBundleFile } from '../../src/cli/cli-files';
import { DOCUMENTS, makeTempDir, runCli } from './cli-test-kit';

let dir: string;
let bundleText: string;

beforeAll(async () => {
  dir = await makeTempDir();
  const file = path.join(dir, 'one.json');
  await runCli(['import', DOCUMENTS[0]!, '--out', file], { EVIDENCE_RESEARCHER_ID: 'r-alice' });
  bundleText = await readFile(file, 'utf8');
});

describe('reading a bundle file', () => {
  it('reads a bundle with a byte order mark as the same bundle', async () => {
    const plain = path.join(dir, 'plain.json');
    const marked = path.join(dir, 'marked.json');
    await writeFile(plain, bundleText);
    await writeFile(marked, `\uFEFF${bundleText}`);
    expect(await readBundleFile(marked)).toEqual(await readBundleFile(plain));
  });

  it('refuses a byte that is not UTF-8, naming its place, and merges nothing', async () => {
    const bytes = Buffer.from(bundleText, 'utf8');
    const at = bytes.indexOf(Buffer.from('"text"')) + 10;
    bytes[at] = 0xff;
    const damaged = path.join(dir, 'damaged.json');
    await writeFile(damaged, bytes);
    await expect(readBundleFile(damaged)).rejects.toThrow(
      `${damaged}: The file is not valid UTF-8 (byte ${at + 1} of ${bytes.length} is not)`,
    );
    const run = await runCli(['merge', damaged, damaged, '--out', path.join(dir, 'out.json')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`byte ${at + 1} of ${bytes.length} is not`);
  });
});
