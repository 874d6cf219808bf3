// `evidence brief`'s formatted references kept between runs: a second run reads what the first formatted
// and writes the same briefing; an edited source is formatted afresh; a damaged cache file is read as
// empty, and a file it did not write is left alone; a cache that cannot be written costs a warning,
// never the briefing; `--no-cache` and EVIDENCE_NO_CACHE neither read nor write; the file keeps the most
// recently used groups up to its bound, rewritten only when that changes; its folder follows the
// environment.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { citationCacheFolder, openCitationCacheFile } from '../../src/cli/citation-cache-file';
import type { FormattedGroup } from '../../src/core/briefing/csl/citation-cache';
import { DOCUMENTS, makeTempDir, readBundle, runCli, writeBriefingBundle, writeBundle } from './cli-test-kit';

let dir: string;
let bundlePath: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await makeTempDir();
  cacheDir = path.join(dir, 'cache');
  bundlePath = path.join(dir, 'b.json');
  // Sources with authors and years of their own: two collision groups, formatted and kept apart.
  await writeBriefingBundle(bundlePath, ([s0, s4]) => {
    s0.metadata = {
      ...s0.metadata,
      author: [{ literal: 'Department for Education' }],
      issued: { 'date-parts': [[2014]] },
    };
    s4.metadata = {
      ...s4.metadata,
      author: [{ literal: 'House of Commons' }],
      issued: { 'date-parts': [[2017]] },
    };
  });
});

async function brief(out: string, ...more: string[]) {
  const file = path.join(dir, out);
  const run = await runCli(['brief', bundlePath, '--out', file, '--timings', ...more], {
    EVIDENCE_CACHE_DIR: cacheDir,
  });
  expect(run.code, run.stderr).toBe(0);
  return { ...run, text: await readFile(file, 'utf8') };
}

const keptNote = (stderr: string) => /compose [\d.]+ s \((\d+) of (\d+) reference groups kept/.exec(stderr);

describe('formatted references kept between runs of evidence brief', () => {
  it('writes the same briefing from the kept references, and formats an edited source afresh', async () => {
    const uncached = await runCli(['brief', bundlePath, '--out', path.join(dir, 'none.md'), '--no-cache'], {
      EVIDENCE_CACHE_DIR: cacheDir,
    });
    expect(uncached.code).toBe(0);
    await expect(readFile(path.join(cacheDir, 'citations.jsonl'))).rejects.toThrow();
    for (const style of ['harvard', 'apa', 'chicago']) {
      const first = await brief(`${style}-1.md`, '--style', style);
      expect(keptNote(first.stderr)).toBeNull();
      const second = await brief(`${style}-2.md`, '--style', style);
      expect(keptNote(second.stderr)?.slice(1)).toEqual(['2', '2']);
      expect(second.text).toBe(first.text);
    }
    expect((await brief('h.md')).text).toBe(await readFile(path.join(dir, 'none.md'), 'utf8'));

    const bundle = await readBundle(bundlePath);
    const source = bundle.library.sources.find((s) => s.fileName === path.basename(DOCUMENTS[4]!))!;
    source.metadata = { ...source.metadata, title: 'Renamed written answer' };
    await writeBundle(bundlePath, bundle);
    const edited = await brief('edited.md');
    expect(keptNote(edited.stderr)?.slice(1)).toEqual(['1', '2']);
    expect(edited.text).toContain('Renamed written answer');
  });

  it('reads a damaged cache file as empty and writes it anew', async () => {
    const first = await brief('first.md');
    const file = path.join(cacheDir, 'citations.jsonl');
    const lines = (await readFile(file, 'utf8')).split('\n');
    // A line cut short, as a full disk leaves it, in its key or after it: that group is formatted again,
    // the other is read.
    for (const at of [40, 120]) {
      await writeFile(file, [lines[0], lines[1], lines[2]!.slice(0, at)].join('\n'));
      const cut = await brief(`cut-${at}.md`);
      expect(keptNote(cut.stderr)?.slice(1)).toEqual(['1', '2']);
      expect(cut.text).toBe(first.text);
    }
    expect(keptNote((await brief('again.md')).stderr)?.slice(1)).toEqual(['2', '2']);
  });

  it('leaves a file it did not write at its place alone, and says so', async () => {
    const file = path.join(cacheDir, 'citations.jsonl');
    await mkdir(cacheDir);
    await writeFile(file, 'my own list of citations\n');
    const foreign = await brief('foreign.md');
    expect(keptNote(foreign.stderr)).toBeNull();
    expect(foreign.stderr).toContain('is not a cache file this program wrote; it was left as it is');
    expect(await readFile(file, 'utf8')).toBe('my own list of citations\n');
    expect(foreign.text).toContain('## References');
  });

  it('neither reads nor writes the cache with --no-cache or EVIDENCE_NO_CACHE', async () => {
    const first = await brief('first.md');
    const file = path.join(cacheDir, 'citations.jsonl');
    // Every kept reference replaced by a marker, under its own key: a run that reads the cache prints it.
    const marked = (await readFile(file, 'utf8')).replace(/"text":"[^"]*"/g, '"text":"KEPT-MARKER"');
    await writeFile(file, marked);
    expect((await brief('read.md')).text).toContain('KEPT-MARKER');
    for (const off of [['--no-cache'], []]) {
      const out = path.join(dir, `off-${off.length}.md`);
      const env = { EVIDENCE_CACHE_DIR: cacheDir, ...(off.length ? {} : { EVIDENCE_NO_CACHE: '1' }) };
      const run = await runCli(['brief', bundlePath, '--out', out, ...off], env);
      expect(run.code).toBe(0);
      expect(await readFile(out, 'utf8')).toBe(first.text);
      expect(await readFile(file, 'utf8')).toBe(marked);
    }
  });

  it('still writes the briefing when the cache cannot be written, with a warning', async () => {
    await writeFile(cacheDir, 'a file where the cache folder should be');
    const run = await brief('note.md');
    expect(run.stderr).toContain('evidence: formatted references were not kept for the next run (');
    expect(run.text).toContain('## References');
  });
});

describe('the cache file', () => {
  const group = (text: string): FormattedGroup => ({
    // citeproc leaves a sort key undefined where the item has no value for it.
    entries: [{ sourceId: text, text, sortkeys: [text, undefined] }],
    inText: new Map([[`${text}-key`, `(${text})`]]),
  });

  it('keeps the most recently used groups up to its bound, with their sort keys as citeproc made them', async () => {
    const folder = path.join(dir, 'nested', 'cache');
    const first = await openCitationCacheFile(folder, 2);
    for (const key of ['a', 'b', 'c']) first.cache.set(key, group(key));
    await first.keep();
    const second = await openCitationCacheFile(folder, 2);
    expect(second.cache.get('a')).toBeUndefined();
    expect(second.cache.get('b')).toEqual(group('b'));
    // 'b' was used last, so a new group pushes out 'c'.
    second.cache.set('d', group('d'));
    await second.keep();
    const third = await openCitationCacheFile(folder, 2);
    expect(['b', 'c', 'd'].map((key) => third.cache.get(key) !== undefined)).toEqual([true, false, true]);
    expect(third.cache.get('d')!.entries[0]!.sortkeys).toEqual(['d', undefined]);
    expect(third.cache.get('d')!.entries[0]!.sortkeys).toHaveLength(2);
  });

  it('keeps the groups a run only read as recently used', async () => {
    const folder = path.join(dir, 'lru');
    const first = await openCitationCacheFile(folder, 2);
    for (const key of ['old', 'used']) first.cache.set(key, group(key));
    await first.keep();
    const reader = await openCitationCacheFile(folder, 2);
    expect(reader.cache.get('old')).toBeDefined();
    await reader.keep();
    const writer = await openCitationCacheFile(folder, 2);
    writer.cache.set('new', group('new'));
    await writer.keep();
    const last = await openCitationCacheFile(folder, 2);
    expect(['old', 'used', 'new'].map((key) => last.cache.get(key) !== undefined)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('writes nothing when nothing was formatted or moved', async () => {
    const folder = path.join(dir, 'untouched');
    const empty = await openCitationCacheFile(folder);
    empty.cache.get('a');
    await empty.keep();
    await expect(mkdir(folder)).resolves.toBeUndefined();
    const first = await openCitationCacheFile(folder);
    for (const key of ['a', 'b']) first.cache.set(key, group(key));
    await first.keep();
    const file = path.join(folder, 'citations.jsonl');
    const written = (await stat(file)).ino;
    // Used in the order the file keeps them already: the file stays as it is (no new file renamed in).
    const same = await openCitationCacheFile(folder);
    for (const key of ['a', 'b']) same.cache.get(key);
    await same.keep();
    expect((await stat(file)).ino).toBe(written);
    const moved = await openCitationCacheFile(folder);
    moved.cache.get('a');
    await moved.keep();
    expect((await stat(file)).ino).not.toBe(written);
  });

  it('lives in EVIDENCE_CACHE_DIR, else the platform cache folder, else nowhere', () => {
    const home = { HOME: '/home/r' };
    expect(citationCacheFolder({ ...home, EVIDENCE_CACHE_DIR: '/x' }, 'linux')).toBe('/x');
    expect(citationCacheFolder({ ...home, XDG_CACHE_HOME: '/c' }, 'linux')).toBe('/c/evidence-workbench');
    expect(citationCacheFolder(home, 'linux')).toBe('/home/r/.cache/evidence-workbench');
    expect(citationCacheFolder(home, 'darwin')).toBe('/home/r/Library/Caches/evidence-workbench');
    expect(citationCacheFolder({ LOCALAPPDATA: 'C:\\L' }, 'win32')).toBe(
      path.join('C:\\L', 'evidence-workbench', 'Cache'),
    );
    expect(citationCacheFolder({}, 'linux')).toBeNull();
    expect(
      citationCacheFolder({ ...home, EVIDENCE_CACHE_DIR: '/x', EVIDENCE_NO_CACHE: '1' }, 'linux'),
    ).toBeNull();
  });
});
