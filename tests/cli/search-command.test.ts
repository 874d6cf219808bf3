import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/model/records';
import {
  claimOn,
  DOCUMENTS,
  makeTempDir,
  readBundle,
  researcherRecord,
  runCli,
  writeBundle,
} from './cli-test-kit';

type JsonSnippet = { start: number; end: number; text: string; marks: { start: number; end: number }[] };
type JsonResults = {
  passageCount: number;
  sources: { id: string; passages: { start: number; end: number; snippet: JsonSnippet }[] }[];
  claims: { id: string; field: string; snippet: JsonSnippet }[];
};

let bundlePath = '';
let sources: Source[] = [];

beforeAll(async () => {
  const dir = await makeTempDir();
  bundlePath = path.join(dir, 'b.json');
  await runCli(['import', ...DOCUMENTS, '--out', bundlePath]);
  const bundle = await readBundle(bundlePath);
  sources = bundle.library.sources;
  const naas = sources.find((s) => s.fileName === path.basename(DOCUMENTS[0]!))!;
  bundle.library.tags = [
    {
      id: 'tag-money',
      name: 'Outsourcing',
      parentId: null,
      colour: '#336699',
      description: '',
      updatedAt: '2024-06-01T12:00:00.000Z',
      updatedBy: 'r-alice',
      deleted: false,
    },
  ];
  bundle.library.claims = [
    claimOn(naas, '£11.22m', { id: 'c-tagged', tagIds: ['tag-money'], statement: 'NAAS cost £11.22m.' }),
    claimOn(naas, '£8.52m', { id: 'c-noted', note: 'Compare with the profit figures.' }),
  ];
  bundle.library.researchers.push(researcherRecord('r-alice'));
  await writeBundle(bundlePath, bundle);
});

describe('evidence search', () => {
  it('finds "profit" in the sources, each snippet and mark a real slice of its source', async () => {
    const run = await runCli(['search', bundlePath, 'profit', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as JsonResults;
    expect(results.sources.length).toBeGreaterThanOrEqual(3);
    for (const group of results.sources) {
      const text = sources.find((s) => s.id === group.id)!.text;
      for (const p of group.passages) {
        expect(p.snippet.text).toBe(text.slice(p.snippet.start, p.snippet.end));
        expect(p.snippet.marks.length).toBeGreaterThan(0);
        for (const m of p.snippet.marks) expect(text.slice(m.start, m.end).toLowerCase()).toMatch(/^profit/);
      }
    }
    expect(results.claims.map((c) => [c.id, c.field])).toEqual([['c-noted', 'note']]);
  });

  it('matches a quoted phrase exactly and filters by tag', async () => {
    const phrase = JSON.parse(
      (await runCli(['search', bundlePath, '"a profit"', '--json'])).stdout,
    ) as JsonResults;
    const marked = phrase.sources.flatMap((g) => {
      const text = sources.find((s) => s.id === g.id)!.text;
      return g.passages.flatMap((p) => p.snippet.marks.map((m) => text.slice(m.start, m.end)));
    });
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(m.toLowerCase()).toBe('a profit');
    const byTag = JSON.parse(
      (await runCli(['search', bundlePath, 'naas', '--tag', 'outsourcing', '--json'])).stdout,
    ) as JsonResults;
    expect(byTag.claims.map((c) => c.id)).toEqual(['c-tagged']);
    expect(byTag.sources.map((g) => g.id)).toEqual([
      sources.find((s) => s.fileName === path.basename(DOCUMENTS[0]!))!.id,
    ]);
  });

  it('prints marked passages for people, and refuses an unknown tag or format', async () => {
    const run = await runCli(['search', bundlePath, 'profit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/«profit»/i);
    expect((await runCli(['search', bundlePath, 'x', '--tag', 'nope'])).code).toBe(2);
    expect((await runCli(['search', bundlePath, 'x', '--format', 'odt'])).stderr).toMatch(/unknown format/);
    expect((await runCli(['search', bundlePath])).code).toBe(2);
  });
});
