// Helpers for the CLI tests: run `evidence` in-process with captured output, temporary folders, the real
// corpus files, and claims placed on real source text with core's describeRange.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describeRange } from '../../src/core/anchoring/describe-range';
import { parseBundle } from '../../src/core/exchange/parse-bundle';
import type { Bundle } from '../../src/core/exchange/bundle-schema';
import type { Claim, Source, Researcher } from '../../src/core/model/records';
import { main } from '../../src/cli/index';
import { corpusDir, repoRoot } from '../support/repo-paths';

export { corpusDir, repoRoot };
export const DOCUMENTS = [
  '000_38c8a26222ede8aa.txt',
  '001_1e5035609ec9f0e3.txt',
  '002_f51d64f123fd7464.txt',
  '003_2795c7b6a19e6f2d.txt',
  '004_095d6f8d55d7aa2e.txt',
].map((name) => path.join(corpusDir, 'documents', name));

export type CliRun = { code: number; stdout: string; stderr: string };

export async function runCli(
  argv: string[],
  env: Record<string, string> = {},
  cwd = repoRoot,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd,
    now: () => '2024-06-01T12:00:00.000Z',
  });
  return { code, stdout, stderr };
}

export async function makeTempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'evidence-cli-'));
}

export async function readBundle(file: string): Promise<Bundle> {
  const parsed = parseBundle(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.bundle;
}

export async function writeBundle(file: string, bundle: Bundle): Promise<void> {
  await writeFile(file, JSON.stringify(bundle, null, 2));
}

/** A researcher record, for bundles whose claims name researchers the bundle must know. */
export function researcherRecord(id: string): Researcher {
  return { id, displayName: id, updatedAt: '2024-06-01T12:00:00.000Z', updatedBy: id, deleted: false };
}

/** A claim on the first occurrence of `quote` in the source, located the way the reader does it. */
export function claimOn(source: Source, quote: string, overrides: Partial<Claim> = {}): Claim {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${source.fileName}: ${quote}`);
  const selector = describeRange(source.text, start, start + quote.length);
  return {
    id: `claim-${start}`,
    sourceId: source.id,
    target: { source: source.id, selector },
    kind: 'quote',
    fields: {},
    statement: '',
    tagIds: [],
    note: '',
    status: 'accepted',
    createdAt: '2024-06-01T12:00:00.000Z',
    createdBy: 'r-alice',
    updatedAt: '2024-06-01T12:00:00.000Z',
    updatedBy: 'r-alice',
    deleted: false,
    ...overrides,
  };
}

/**
 * The bundle the briefing tests brief: documents 0 and 4 of the corpus with an accepted figure, a verified
 * date and a rejected figure on them, written to `file`; `edit` may change the sources before it is
 * written. Returns the two sources as written.
 */
export async function writeBriefingBundle(
  file: string,
  edit: (sources: [Source, Source]) => void = () => {},
): Promise<[Source, Source]> {
  await runCli(['import', DOCUMENTS[0]!, DOCUMENTS[4]!, '--out', file]);
  const bundle = await readBundle(file);
  const [s0, s4] = [0, 4].map((i) =>
    bundle.library.sources.find((s) => s.fileName === path.basename(DOCUMENTS[i]!))!,
  ) as [Source, Source];
  edit([s0, s4]);
  bundle.library.claims = [
    claimOn(s0, '£11.22m', { id: 'c-figure', kind: 'figure', fields: { value: 11_220_000, unit: 'GBP' } }),
    claimOn(s4, 'answered on 12th December 2017', {
      id: 'c-date',
      kind: 'date',
      status: 'verified',
      fields: { startDate: '2017-12-12', precision: 'day' },
    }),
    claimOn(s0, '£8.52m', { id: 'c-rejected', kind: 'figure', status: 'rejected' }),
  ];
  bundle.library.researchers.push(researcherRecord('r-alice'));
  await writeBundle(file, bundle);
  return [s0, s4];
}
