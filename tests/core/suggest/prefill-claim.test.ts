// A new claim on a selected passage starts with what the suggester's own finders read there: the NAAS
// parliamentary answer's money and dates, and 4Children's report of Barnardo's position, from the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefillClaim } from '../../../src/core/suggest/prefill-claim';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';
import { suggestionFields } from '../../../src/core/suggest/suggestion-fields';
import { corpusDir, repoRoot } from '../../support/repo-paths';

const read = (name: string) => readFileSync(path.join(corpusDir, 'documents', name), 'utf8');
const NAAS = read('000_38c8a26222ede8aa.txt');
const FOUR_CHILDREN = read('003_2795c7b6a19e6f2d.txt');

/** Prefill of the `nth` occurrence of `passage` in `text`, as a selection of it would give. */
function prefillOf(text: string, passage: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return prefillClaim(text, start, start + passage.length);
}

describe('prefillClaim on the corpus', () => {
  it('reads "£8.52m" as a figure of 8,520,000 GBP', () => {
    expect(prefillOf(NAAS, '£8.52m')).toMatchObject({
      kind: 'figure',
      fields: { value: 8_520_000, unit: 'GBP' },
    });
  });

  it('reads "£2.7 m", with its space, as 2,700,000 GBP', () => {
    expect(prefillOf(NAAS, '£2.7 m')).toMatchObject({
      kind: 'figure',
      fields: { value: 2_700_000, unit: 'GBP' },
    });
    expect(prefillOf(NAAS, '£2.7 million', 1).fields).toEqual({ value: 2_700_000, unit: 'GBP' });
    expect(prefillOf(NAAS, '£11.22m').fields).toEqual({ value: 11_220_000, unit: 'GBP' });
  });

  it('reads "October 2014" as the whole month', () => {
    expect(prefillOf(NAAS, 'October 2014')).toMatchObject({
      kind: 'date',
      fields: { startDate: '2014-10-01', endDate: '2014-10-31', precision: 'month' },
    });
    expect(prefillOf(NAAS, 'April 2017').fields).toEqual({
      startDate: '2017-04-01',
      endDate: '2017-04-30',
      precision: 'month',
    });
  });

  it('reads Barnardo’s warning as its opposition to profit in child protection', () => {
    const prefill = prefillOf(
      FOUR_CHILDREN,
      'Barnardo’s also warns against allowing organisations to make a profit from child protection',
    );
    expect(prefill.kind).toBe('stance');
    expect(prefill.fields).toMatchObject({ actor: 'Barnardo’s', stance: 'oppose' });
    expect(prefill.fields.topic).toMatch(/profit.*child protection/);
    expect(prefill.statement).toBe(
      'Barnardo’s also warns against allowing organisations to make a profit from child protection.',
    );
  });

  it('reads the same sentence written with a straight apostrophe the same way', () => {
    const text =
      "Barnardo's also warns against allowing organisations to make a profit from child protection.";
    expect(prefillClaim(text, 0, text.length - 1).fields).toMatchObject({
      actor: "Barnardo's",
      stance: 'oppose',
      topic: expect.stringMatching(/profit.*child protection/),
    });
  });

  it('finds a stance’s actor from the sentence when only part of the clause is selected', () => {
    const prefill = prefillOf(FOUR_CHILDREN, 'warns against allowing organisations to make a profit');
    expect(prefill).toMatchObject({ kind: 'stance', fields: { actor: 'Barnardo’s', stance: 'oppose' } });
  });

  it('makes a plain passage a quote, with no fields', () => {
    expect(prefillOf(NAAS, 'Answers to a Parliamentary Question by Emma Lewell-Buck MP')).toEqual({
      kind: 'quote',
      fields: {},
      statement: 'Answers to a Parliamentary Question by Emma Lewell-Buck MP Dec 2017',
    });
    // two figures in a long sentence are not one figure: the passage is quoted
    expect(
      prefillOf(
        NAAS,
        'This total is split £2.7 million for local authorities and £8.52 million for private companies',
      ).kind,
    ).toBe('quote');
  });

  it('takes the one figure of a short passage', () => {
    expect(prefillOf(NAAS, 'The department paid £2.9 million')).toMatchObject({
      kind: 'figure',
      fields: { value: 2_900_000, unit: 'GBP' },
    });
  });

  it('ignores white space and brackets around a selected figure', () => {
    expect(prefillOf(NAAS, '(£8.52m').fields).toEqual({ value: 8_520_000, unit: 'GBP' });
    expect(prefillOf(NAAS, ' £2.9 million ').fields).toEqual({ value: 2_900_000, unit: 'GBP' });
  });

  it('reads a figure or date in the whole document, which lends it what its sentence does not', () => {
    const tuneText = (name: string) =>
      readFileSync(path.join(repoRoot, 'tests/fixtures/devset/tune/texts', name), 'utf8');
    // a White House transcript dated "February 5, 2021" under its title, far above the sentence
    expect(prefillOf(tuneText('l11.txt'), 'March 13th')).toMatchObject({
      kind: 'date',
      fields: { startDate: '2021-03-13', endDate: '2021-03-13', precision: 'day' },
    });
    // a President's letter to Congress: the federal fiscal year, October to September
    expect(prefillOf(tuneText('j08.txt'), 'FY 2022').fields).toEqual({
      startDate: '2021-10-01',
      endDate: '2022-09-30',
      precision: 'period',
    });
    // a Dáil debate: its cents are euro cents
    expect(prefillOf(tuneText('k03.txt'), '2 cent').fields).toEqual({ value: 0.02, unit: 'EUR' });
  });

  it('gives a selection of nothing but white space no kind', () => {
    expect(prefillClaim('A \n\n B', 2, 4)).toEqual({ kind: 'quote', fields: {}, statement: '' });
  });
});

describe('prefillClaim and the suggester', () => {
  const folders = [
    path.join(corpusDir, 'documents'),
    path.join(repoRoot, 'tests/fixtures/suggest-heldout/documents'),
  ];
  const documents = [
    ...folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => path.join(folder, name)),
    ),
    // texts with positions the detector adds only when it weighs a clause by the whole text's shape
    // (document-shape.ts), not the selection's window: the window must be read as part of its document
    ...['m06.txt', 'm07.txt'].map((name) => path.join(repoRoot, 'tests/fixtures/devset/tune/texts', name)),
    // figures and dates that only the whole text reads right: a yearless day, a fiscal year, euro cents
    ...['l11.txt', 'j08.txt', 'k03.txt'].map((name) =>
      path.join(repoRoot, 'tests/fixtures/devset/tune/texts', name),
    ),
  ];

  it.each(documents)('fill what the suggester stores for each suggestion in %s', (file) => {
    const text = readFileSync(file, 'utf8');
    const suggestions = suggestClaims(text);
    expect(suggestions.length).toBeGreaterThan(5);
    for (const s of suggestions) {
      const prefill = prefillClaim(text, s.start, s.end);
      // a clause naming two bodies is two suggestions over one span; a selection of it is either one
      const atSameSpot = suggestions.filter(
        (o) => o.kind === s.kind && o.start === s.start && o.end === s.end,
      );
      expect(prefill.kind, s.text).toBe(s.kind);
      expect(atSameSpot.map(suggestionFields), s.text).toContainEqual(prefill.fields);
    }
  });
});
