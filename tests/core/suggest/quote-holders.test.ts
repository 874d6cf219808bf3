// A quotation's holder is the person its attribution names, before or after it, for every sentence of the
// quote: '"…," said X, Y of Z', 'X said: "…"', 'according to X'. Made-up news items, read through the
// whole stance finder.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';

const holders = (text: string) => findStances(text).map((s) => s.actor);

const lead = 'Canal levy row\n\nThe towpath levy was announced on Monday by the waterways board.\n\n';

describe('quotation holders', () => {
  it('credits a quote to the person named after it, for each of its sentences', () => {
    const text = `${lead}“Boat owners should not pay for the repairs. We oppose the levy,” said Ann Reed, chair of the Lockton Boating Club.`;
    expect(holders(text)).toEqual(['Ann Reed', 'Ann Reed']);
  });

  it('credits a quote to the person named before it with "said:"', () => {
    const text = `${lead}Tom Gale, director of Canal Watch, said:\n\n“We welcome the levy. Every lock must be repaired.”`;
    expect(holders(text)).toEqual(['Tom Gale', 'Tom Gale']);
  });

  it('credits a view reported "according to" a named body to that body', () => {
    const text = `${lead}According to the Inland Waterways Association, the levy should be scrapped.`;
    expect(holders(text)).toEqual(['Inland Waterways Association']);
  });
});
