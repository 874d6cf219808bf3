// The NAAS parliamentary answer of the corpus: every figure the suggester finds in it, saved as a claim,
// and the cross-checks that follow. The source says £11.22m is committed, £8.52m of it to the private
// sector and £2.7 m to local authorities; it also gives £3.66m and £4.86m, which make the £8.52m.
import { describe, expect, it } from 'vitest';
import { describeSum } from '../../../src/core/crosscheck/describe-cross-check';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';
import { suggestionFields } from '../../../src/core/suggest/suggestion-fields';
import type { Claim } from '../../../src/core/model/records';
import { makeCorpusSource } from '../exchange/library-builders';
import { claimOn } from './crosscheck-builders';

describe('cross-checks on the corpus', () => {
  const naas = makeCorpusSource('000_38c8a26222ede8aa.txt');
  const copy = makeCorpusSource('001_1e5035609ec9f0e3.txt');
  const figuresOf = (source: typeof naas): Claim[] =>
    suggestClaims(source.text, { kinds: ['figure'] }).map((s) =>
      claimOn(source, s.text, 'figure', suggestionFields(s), { from: s.start }),
    );

  it('finds that £8.52m and £2.7 m add up to the £11.22m total', () => {
    const claims = figuresOf(naas);
    const { sums } = findCrossChecks(claims, [naas]);
    const words = sums.map(describeSum);
    expect(words[0]).toBe('£8.52m and £2.7 m add up to the £11.22m total');
    const total = sums[0]!.total;
    expect(naas.text.slice(0, 100)).toContain(total.written);
    expect(words).toContain('£3.66 million and £4.86 million add up to the £8.52m total');
    expect(sums.every((s) => s.addsUp && !s.marked)).toBe(true);
  });

  it('finds every figure of the answer corroborated by the newsletter that reprints it', () => {
    const claims = [...figuresOf(naas), ...figuresOf(copy)];
    const { corroborations, conflicts } = findCrossChecks(claims, [naas, copy]);
    const eleven = corroborations.find((c) => c.kind === 'figure' && c.figures[0]!.value === 11_220_000);
    expect(eleven?.sourceIds.sort()).toEqual([naas.id, copy.id].sort());
    expect(conflicts).toEqual([]);
  });
});
