// `evidence export` in the interchange formats and `evidence import` of annotation files beside
// documents: a W3C export imported into a bundle that has the sources gives back the same claims; a
// Hypothesis export anchors to a document imported by the same command; bad files change nothing.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBundle } from '../../src/core/exchange/create-bundle';
import { parseCsv } from '../../src/core/codebook/csv-text';
import { makeTempDir, readBundle, repoRoot, runCli, writeBundle } from './cli-test-kit';
import { makeWideLibrary, WIDE_TEXT } from '../core/interchange/interchange-builders';
import { packFixtureProject } from '../core/interchange/refi-qda/qda-fixtures';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});

async function wideBundle(name: string, withClaims = true): Promise<string> {
  const library = makeWideLibrary();
  const file = path.join(dir, name);
  const content = withClaims ? library : { ...library, claims: [], tags: [] };
  await writeBundle(file, createBundle(content, '2024-06-01T12:00:00.000Z'));
  return file;
}

describe('evidence export', () => {
  it('writes W3C JSON-LD that `evidence import` reads back into the same claims', async () => {
    const from = await wideBundle('from.json');
    const into = await wideBundle('into.json', false);
    const out = path.join(dir, 'claims.jsonld');
    const exported = await runCli(['export', from, '--format', 'w3c', '--out', out]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain('Exported 4 claims');
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ type: 'AnnotationCollection' });

    const imported = await runCli(['import', out, '--out', into], { EVIDENCE_RESEARCHER_ID: 'r-alice' });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('4 claims and 2 tags added');
    const sort = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const back = (await readBundle(into)).library;
    const original = makeWideLibrary();
    expect(sort(back.claims)).toEqual(sort(original.claims.filter((c) => !c.deleted)));
    expect(sort(back.tags)).toEqual(sort(original.tags));
  });

  it('writes CSV by the file’s extension, and refuses an unknown format without writing', async () => {
    const from = await wideBundle('from.json');
    const out = path.join(dir, 'claims.csv');
    expect((await runCli(['export', from, '--out', out])).code).toBe(0);
    const parsed = parseCsv(await readFile(out, 'utf8'));
    expect(parsed.ok && parsed.rows.length).toBe(5);

    const bad = path.join(dir, 'x.out');
    const run = await runCli(['export', from, '--format', 'docx', '--out', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "docx"');
    await expect(readFile(bad)).rejects.toThrow();
  });

  it('exports only the claims of some kinds or under a tag when asked', async () => {
    const from = await wideBundle('from.json');
    const out = path.join(dir, 'some.jsonld');
    const total = async (...filter: string[]) => {
      const run = await runCli(['export', from, '--format', 'w3c', '--out', out, ...filter]);
      expect(run.stderr).toBe('');
      return (JSON.parse(await readFile(out, 'utf8')) as { total: number }).total;
    };
    expect(await total('--kinds', 'figure,date')).toBe(2);
    // "Money" brings its sub-tag "Funding": the figure and the date claim.
    expect(await total('--tag', 'money')).toBe(2);
    expect(await total('--tag', 'Funding', '--kinds', 'figure')).toBe(1);
    const bad = await runCli(['export', from, '--format', 'w3c', '--out', out, '--tag', 'Nope']);
    expect(bad.stderr).toContain('no tag named "Nope"');
  });
});

describe('evidence import with annotation files', () => {
  it('anchors a Hypothesis export to a document imported by the same command, listing what it skips', async () => {
    const report = path.join(dir, 'report.txt');
    await writeFile(report, WIDE_TEXT);
    const hypothesis = path.join(repoRoot, 'tests/fixtures/interchange/hypothesis/hypothesis-export.json');
    const out = path.join(dir, 'new.json');
    const run = await runCli(['import', hypothesis, report, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 claims and 2 tags added');
    expect(run.stdout).toMatch(/not brought in: Reply .*reply in a discussion/);
    expect(run.stdout).toMatch(/not brought in: .*page note.*quotes no passage/);
    expect(run.stdout).toMatch(/not brought in: .*news\.example\.com/);
    const { library } = await readBundle(out);
    expect(library.claims.map((c) => c.target.selector[0].exact).sort()).toEqual([
      'opposed the cuts',
      '£11.22m',
    ]);
    expect(library.researchers.map((r) => r.displayName).sort()).toEqual(['Command line', 'Dana Evans']);
  });

  it('refuses malformed annotation JSON with its reason and leaves the bundle as it was', async () => {
    const into = await wideBundle('into.json', false);
    const before = await readFile(into, 'utf8');
    const broken = path.join(dir, 'broken.jsonld');
    await writeFile(broken, '{"type": "AnnotationCollection", "first": ');
    const run = await runCli(['import', broken, '--out', into]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'broken.jsonld was not imported, nothing was written: The file is not valid JSON',
    );
    expect(await readFile(into, 'utf8')).toBe(before);
  });
});

describe('evidence export and import of REFI-QDA files', () => {
  it('writes a .qdpx project that `evidence import` reads back into the same claims and codebook', async () => {
    const from = await wideBundle('from.json');
    const into = await wideBundle('into.json', false);
    const out = path.join(dir, 'project.qdpx');
    const exported = await runCli(['export', from, '--out', out]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain('as REFI-QDA project (.qdpx)');

    const imported = await runCli(['import', out, '--out', into], { EVIDENCE_RESEARCHER_ID: 'r-alice' });
    expect(imported.stderr).toBe('');
    // Into a library without the claims, each passage comes back as a new quote claim (REFI-QDA carries
    // no claim kinds) on the same text, coded with the same tags by name, colour and parent.
    const back = (await readBundle(into)).library;
    const original = makeWideLibrary();
    const tagName = (tags: { id: string; name: string }[], id: string) => tags.find((t) => t.id === id)?.name;
    const passages = (library: typeof original) =>
      library.claims
        .filter((c) => !c.deleted)
        .map((c) => {
          const [quote, position] = c.target.selector;
          const tags = c.tagIds.map((id) => tagName(library.tags, id)).sort();
          return JSON.stringify([quote.exact, position.start, position.end, tags]);
        })
        .sort();
    expect(passages(back)).toEqual(passages(original));
    const codebook = (library: typeof original) =>
      library.tags
        .filter((t) => !t.deleted)
        .map((t) => [t.name, t.parentId ? tagName(library.tags, t.parentId) : null, t.colour])
        .sort();
    expect(codebook(back)).toEqual(codebook(original));
  });

  it('imports a project whose package holds a PDF: the PDF is read, its coded areas become claims', async () => {
    const pdf = await readFile(path.join(repoRoot, 'tests/fixtures/corpus/formats/001_1e5035609ec9f0e3.pdf'));
    const project = path.join(dir, 'coded.qdpx');
    await writeFile(project, packFixtureProject('pdf-in-package', { 'Sources/report.pdf': pdf }));
    const into = path.join(dir, 'into.json');
    const imported = await runCli(['import', project, '--out', into], { EVIDENCE_PDF_WORKERS: '1' });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('2 sources, 5 claims and 2 tags added');
    expect(imported.stdout).toContain('it marks page 10, and the PDF has 4 pages');
    const library = (await readBundle(into)).library;
    const source = library.sources.find((s) => s.format === 'pdf')!;
    const quotes = library.claims
      .filter((c) => c.sourceId === source.id)
      .map((c) => c.target.selector[0].exact);
    expect(quotes).toContain('Labour Social Work Group');

    // The PDF imported on its own afterwards is the same source: nothing is added.
    await writeFile(path.join(dir, 'report.pdf'), pdf);
    const again = await runCli(['import', path.join(dir, 'report.pdf'), '--out', into]);
    expect(again.stdout).toContain('is unchanged');
  });

  it('says why a library without tags has no codebook to export, and writes nothing', async () => {
    const from = await wideBundle('bare.json', false);
    const out = path.join(dir, 'codes.qdc');
    const run = await runCli(['export', from, '--format', 'qdc', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no tags, so there is no codebook to export');
    await expect(readFile(out)).rejects.toThrow();
  });
});
