// A demand listing several things to do, or a commitment listing its purposes, gives one position per item
// (demand-items.ts); commas that do not separate verb phrases are not a list.
import { describe, expect, it } from 'vitest';
import { splitDemandItems } from '../../../src/core/suggest/demand-items';
import { findStances } from '../../../src/core/suggest/find-stances';

const items = (clause: string) => splitDemandItems(clause, 0).map((s) => clause.slice(s.start, s.end));

describe('demands that list things to do', () => {
  it('splits the verb phrases after the asking verb, the first keeping its holder', () => {
    expect(
      items(
        'The Mayor wrote to councils calling on them to join the scheme, publish their waiting lists, and protect rural routes.',
      ),
    ).toEqual([
      'The Mayor wrote to councils calling on them to join the scheme',
      'publish their waiting lists',
      'protect rural routes',
    ]);
  });

  it('splits what a commitment lists as its purposes, with or without a repeated "to"', () => {
    expect(
      items(
        'My government will use the recovery to cut waiting lists, to raise pay for carers and to build new homes.',
      ),
    ).toEqual([
      'My government will use the recovery to cut waiting lists',
      'to raise pay for carers',
      'to build new homes',
    ]);
    expect(
      items('Legislation will be introduced to ban fracking, protect peat bogs and restore rivers.'),
    ).toEqual(['Legislation will be introduced to ban fracking', 'protect peat bogs', 'restore rivers']);
    // a purpose of anything but a commitment is left whole
    expect(items('The plan aims to cut waiting lists, to raise pay and to build homes.')).toEqual([]);
  });

  it('splits a run of "that" clauses after the cue, one position each', () => {
    expect(
      items(
        'We must ensure that fares are capped, that winter sailings resume and that crews are paid fairly.',
      ),
    ).toEqual(['We must ensure that fares are capped', 'winter sailings resume', 'crews are paid fairly']);
    expect(
      items('We need to ensure old piers are repaired that ferries run daily and that fares stay low.'),
    ).toEqual(['We need to ensure old piers are repaired', 'ferries run daily', 'fares stay low']);
    // one "that" is no list
    expect(items('We must ensure that fares are capped and crews are paid.')).toEqual([]);
  });

  it('leaves lists of nouns and single demands whole', () => {
    expect(items('Unions urged ministers to fund schools, colleges and nurseries.')).toEqual([]);
    expect(items('Unions urged ministers to fund schools, especially in rural areas.')).toEqual([]);
    expect(items('The charity welcomes the plan, which is long overdue.')).toEqual([]);
    expect(items('They urge the council to save the pool, alongside other valued leisure sites.')).toEqual(
      [],
    );
  });

  it('gives each item its own suggestion with the same holder and position', () => {
    const text =
      'The Federation of Small Businesses is calling on the Treasury to freeze business rates, extend the relief, and simplify the forms.';
    expect(findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance])).toEqual([
      [
        'The Federation of Small Businesses is calling on the Treasury to freeze business rates',
        'Federation of Small Businesses',
        'support',
      ],
      ['extend the relief', 'Federation of Small Businesses', 'support'],
      ['simplify the forms', 'Federation of Small Businesses', 'support'],
    ]);
  });
});
