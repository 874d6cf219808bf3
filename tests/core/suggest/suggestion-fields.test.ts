// The suggestion -> claim mapping: each kind fills its claim fields and nothing else (absent values left
// out, a date's precision read from its first and last day), and every suggestion the suggester makes on a
// real text maps to fields the bundle schema accepts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../../src/core/exchange/record-schemas';
import type { Suggestion } from '../../../src/core/suggest/suggest-claims';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';
import {
  derivePrecision,
  suggestionFields,
  toSuggestedClaim,
} from '../../../src/core/suggest/suggestion-fields';

const base = { start: 3, end: 9, text: '£8.52m', confidence: 0.95 };

describe('suggestion -> claim fields', () => {
  it('fills the typed fields of each kind and nothing else', () => {
    const figure: Suggestion = { kind: 'figure', ...base, value: 8520000, unit: 'GBP', approximate: true };
    expect(suggestionFields(figure)).toEqual({ value: 8520000, unit: 'GBP', approximate: true });
    expect(suggestionFields({ ...figure, approximate: false })).toEqual({ value: 8520000, unit: 'GBP' });
    // Fields of another kind on the suggestion do not leak into the claim.
    expect(suggestionFields({ ...figure, actor: 'Treasury' })).not.toHaveProperty('actor');
    expect(
      suggestionFields({
        kind: 'date',
        ...base,
        startDate: '2014-10-01',
        endDate: '2014-10-31',
        value: 2014,
      }),
    ).toEqual({ startDate: '2014-10-01', endDate: '2014-10-31', precision: 'month' });
    expect(
      suggestionFields({
        kind: 'stance',
        ...base,
        actor: '4Children',
        stance: 'unsure',
        topic: 'outsourcing',
      }),
    ).toEqual({ actor: '4Children', stance: 'unsure', topic: 'outsourcing' });
    expect(suggestionFields({ kind: 'stance', ...base, stance: 'oppose' })).toEqual({ stance: 'oppose' });
  });

  it('keeps the span, kind, text and confidence beside the fields, with the sentence as its statement', () => {
    const text = 'It £8.52m to private companies. Then more.';
    const claim = toSuggestedClaim({ kind: 'figure', ...base, value: 8520000, unit: 'GBP' }, text);
    expect(claim).toEqual({
      kind: 'figure',
      start: 3,
      end: 9,
      text: '£8.52m',
      confidence: 0.95,
      fields: { value: 8520000, unit: 'GBP' },
      statement: 'It £8.52m to private companies.',
    });
  });

  it('derives a date precision from its start and end', () => {
    expect(derivePrecision('2017-12-12', '2017-12-12')).toBe('day');
    expect(derivePrecision('2017-12-12')).toBe('day');
    expect(derivePrecision('2016-02-01', '2016-02-29')).toBe('month');
    expect(derivePrecision('2015-02-01', '2015-02-28')).toBe('month');
    expect(derivePrecision('2015-02-01', '2015-02-27')).toBe('period');
    expect(derivePrecision('2014-01-01', '2014-12-31')).toBe('year');
    expect(derivePrecision('2014-04-01', '2015-03-31')).toBe('period');
    expect(derivePrecision('2018-09-23', '2018-09-26')).toBe('period');
    expect(derivePrecision(undefined, undefined)).toBeUndefined();
  });

  it('gives fields and statements the bundle schema accepts for every suggestion on the held-out texts', () => {
    const folder = join(import.meta.dirname, '../../fixtures/suggest-heldout/documents');
    const { fields: fieldsSchema, statement: statementSchema } = claimSchema.shape;
    let checked = 0;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(folder, name), 'utf8');
      for (const suggestion of suggestClaims(text)) {
        const claim = toSuggestedClaim(suggestion, text);
        const where = `${name} ${suggestion.kind} at ${suggestion.start}`;
        expect(fieldsSchema.safeParse(claim.fields).success, where).toBe(true);
        expect(statementSchema.safeParse(claim.statement).success, where).toBe(true);
        // the statement is the passage's sentence: it says what the passage says
        expect(claim.statement.replace(/\s+/g, ' '), where).toContain(
          suggestion.text.replace(/\s+/g, ' ').trim(),
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
