/// <reference types="node" />
// `evidence suggest --json` and the app's "Suggest claims" agree on every suggestion: for each document,
// the app (its import pipeline and storage on fake-indexeddb, the suggester inline) stores one suggested
// claim per line of the CLI's JSON, at the same offsets, of the same kind, with exactly the fields (names
// and values) and the statement the JSON prints. Both go through core's suggestion -> claim mapping; this shows it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import { suggestionSpotKey } from '../../../src/core/suggest/suggestion-fields';
import { runInline } from '../../../src/renderer/features/suggestions/suggest-runner';
import { suggestSources } from '../../../src/renderer/features/suggestions/suggest-sources';
import { listClaims } from '../../../src/renderer/storage/claims';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { freshStore, importFiles } from '../storage/storage-kit';
import { corpusDir } from '../../support/repo-paths';

// The labelled corpus and the held-out texts: every document the suggester is scored on.
const folders = [join(corpusDir, 'documents'), resolve('tests/fixtures/suggest-heldout/documents')];
const documents = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(folder, name)),
);

type JsonSuggestion = { kind: string; start: number; end: number; text: string; confidence: number } & Record<
  string,
  unknown
>;

async function suggestWithCli(file: string): Promise<JsonSuggestion[]> {
  let stdout = '';
  const code = await main(['suggest', '--json', file], {
    stdout: (text) => void (stdout += text),
    stderr: () => {},
    env: {},
    cwd: process.cwd(),
    now: () => '2024-06-01T12:00:00.000Z',
  });
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { suggestions: JsonSuggestion[] }).suggestions;
}

async function suggestInApp(file: string) {
  const { store } = freshStore();
  const name = file.split('/').pop()!;
  const { researcher } = await importFiles(store, [{ name, bytes: new Uint8Array(readFileSync(file)) }]);
  const sources = await listWholeSources(store);
  await suggestSources(store, sources, { researcherId: researcher.id }, runInline);
  return listClaims(store);
}

describe('`evidence suggest --json` and the app store the same suggestions', () => {
  it.each(documents)('%s', async (file) => {
    const printed = await suggestWithCli(file);
    const stored = await suggestInApp(file);
    expect(printed.length).toBeGreaterThan(5);

    // One stance per actor: a sentence naming two bodies gives two stances over the same span.
    const key = suggestionSpotKey;
    const fromCli = new Map(
      printed.map(({ kind, start, end, text, statement, confidence: _confidence, ...fields }) => [
        key(kind, start, end, fields as { actor?: string }),
        { text, fields, statement },
      ]),
    );
    const fromApp = new Map(
      stored.map((claim) => {
        const [quote, position] = claim.target.selector;
        return [
          key(claim.kind, position.start, position.end, claim.fields),
          { text: quote.exact, fields: claim.fields, statement: claim.statement },
        ];
      }),
    );
    expect(stored.every((claim) => claim.status === 'suggested')).toBe(true);
    expect(stored).toHaveLength(printed.length);
    expect([...fromApp.keys()].sort()).toEqual([...fromCli.keys()].sort());
    for (const [at, cli] of fromCli) expect(fromApp.get(at), at).toEqual(cli);
    // The mapping is not vacuous: every document gives typed fields (a figure with its unit and value, or
    // a date with its precision).
    const fields = stored.map((claim) => claim.fields);
    expect(fields.some((f) => (f.unit && f.value !== undefined) || f.precision)).toBe(true);
  });
});
