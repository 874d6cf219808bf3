// A scan that tries its pattern only where a cheap pattern finds a start must give exactly the matches of the
// pattern's own scan: checked for the scale words of running counts on every text tests may read and on
// the spellings Unicode case folding lets through, so a start list that misses a word fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchAtCandidates, wordStarts } from '../../../src/core/suggest/candidate-matches';
import { SCALE_WORD, SCALE_WORDS } from '../../../src/core/suggest/running-counts';

const SCALE_WORD_START = wordStarts(SCALE_WORDS);
import { corpusDocumentFiles, repoRoot } from '../../support/repo-paths';

function fullScan(pattern: RegExp, text: string): [number, string][] {
  const found: [number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push([m.index, m[0]]);
  return found;
}

const candidateScan = (pattern: RegExp, starts: RegExp, text: string): [number, string][] =>
  [...matchAtCandidates(pattern, starts, text)].map((m) => [m.index, m[0]]);

function testTexts(): string[] {
  const folder = (relative: string) =>
    readdirSync(path.join(repoRoot, relative))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(repoRoot, relative, name));
  return [
    ...corpusDocumentFiles,
    ...folder('tests/fixtures/devset/tune/texts'),
    ...folder('tests/fixtures/suggest-heldout/documents'),
  ].map((file) => readFileSync(file, 'utf8'));
}

describe('matchAtCandidates', () => {
  it('finds the scale words of running counts exactly where their own scan does, on the test texts', () => {
    let matches = 0;
    for (const text of testTexts()) {
      const expected = fullScan(SCALE_WORD, text);
      expect(candidateScan(SCALE_WORD, SCALE_WORD_START, text)).toEqual(expected);
      matches += expected.length;
    }
    expect(matches).toBeGreaterThan(10);
  });

  it('keeps every spelling the pattern folds to, in any case', () => {
    const text =
      'One MILLION people, a Billion pounds, a thousand checkpoints, a THOUSAND lines, a thou\u017fand hopes, ' +
      'twomillion, a thousand years ago, a million.';
    const expected = fullScan(SCALE_WORD, text);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(candidateScan(SCALE_WORD, SCALE_WORD_START, text)).toEqual(expected);
  });

  it('starts from every word the scale pattern opens with', () => {
    const opening = /^\\b\((.*?)\(\?=/.exec(SCALE_WORD.source)?.[1] ?? '';
    expect(opening.split('|')).toEqual(SCALE_WORDS);
  });

  it('finds the words of a start list in any case and in the spellings Unicode folds', () => {
    const starts = wordStarts(['thousand', 'kilo']);
    for (const text of ['THOUSAND', 'Thousand', 'thou\u017fand', '\u212Ailo', 'KILO']) {
      starts.lastIndex = 0;
      expect(starts.exec(`a ${text} b`)?.index, text).toBe(2);
    }
  });

  it('tries the next start after a failed one, and goes on after a match', () => {
    const pattern = /\bab+\b/gu;
    const text = 'xab ab abb cab abbb';
    expect(candidateScan(pattern, /ab/g, text)).toEqual(fullScan(pattern, text));
    // a start list that misses a spelling misses its matches: the check above would catch it
    expect(candidateScan(SCALE_WORD, /million|billion|thousand/gi, 'a thou\u017fand hopes')).toEqual([]);
  });
});
