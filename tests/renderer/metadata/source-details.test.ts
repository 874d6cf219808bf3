// The source details form: authors as CSL names ("Family, Given" or a literal), the published date as CSL
// date-parts of the precision written (checked: real months and days), http(s) URLs only, and a summary
// line under the title in plain text.
import { describe, expect, it } from 'vitest';
import type { CslMetadata } from '../../../src/core/model/records';
import { describeMetadata } from '../../../src/renderer/features/metadata/describe-metadata';
import {
  detailsFromMetadata,
  parseDate,
  parseDetails,
  parseNames,
  parseUrl,
} from '../../../src/renderer/features/metadata/source-details';

const previous: CslMetadata = {
  type: 'report',
  title: 'Old title',
  author: [{ literal: 'Someone' }],
  accessed: { 'date-parts': [[2024, 5, 1]] },
};

describe('source details', () => {
  it('reads authors separated by ";" as family/given names or literals', () => {
    expect(parseNames('Smith, Jane; Department for Education ;  Ó Briain,  Dara ')).toEqual([
      { family: 'Smith', given: 'Jane' },
      { literal: 'Department for Education' },
      { family: 'Ó Briain', given: 'Dara' },
    ]);
    expect(parseNames(' ; ')).toEqual([]);
  });

  it('stores the published date at the precision written, and says what is wrong with a bad one', () => {
    expect(parseDate('2018')).toEqual({ ok: true, date: { 'date-parts': [[2018]] } });
    expect(parseDate('2018-04')).toEqual({ ok: true, date: { 'date-parts': [[2018, 4]] } });
    expect(parseDate('2024-02-29')).toEqual({ ok: true, date: { 'date-parts': [[2024, 2, 29]] } });
    expect(parseDate('')).toEqual({ ok: true, date: undefined });
    expect(parseDate('2023-02-29')).toEqual({ ok: false, error: expect.stringMatching(/28 days/) });
    expect(parseDate('2018-13')).toEqual({ ok: false, error: expect.stringMatching(/no month 13/) });
    expect(parseDate('30/04/2018')).toEqual({ ok: false, error: expect.stringMatching(/YYYY-MM-DD/) });
  });

  it('takes only http and https URLs', () => {
    expect(parseUrl('https://example.org/a?b=1')).toEqual({ ok: true, url: 'https://example.org/a?b=1' });
    // What could end a link or start markup is stored percent-encoded, so no export can make it live.
    expect(parseUrl('http://a.example/x> <img src=x onerror=alert(1)>')).toEqual({
      ok: true,
      url: 'http://a.example/x%3E%20%3Cimg%20src=x%20onerror=alert(1)%3E',
    });
    expect(parseUrl('javascript:alert(1)')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/http/),
    });
    expect(parseUrl('example.org')).toMatchObject({ ok: false });
  });

  it('replaces the edited fields, keeps the rest, and round-trips through the form', () => {
    const form = {
      title: '  Funding  review ',
      author: 'Smith, Jane; Audit Office',
      publisher: 'HM Treasury',
      published: '2018-04-30',
      url: 'https://example.org/review',
    };
    const parsed = parseDetails(form, previous);
    expect(parsed).toEqual({
      ok: true,
      metadata: {
        type: 'report',
        title: 'Funding review',
        author: [{ family: 'Smith', given: 'Jane' }, { literal: 'Audit Office' }],
        publisher: 'HM Treasury',
        issued: { 'date-parts': [[2018, 4, 30]] },
        URL: 'https://example.org/review',
        accessed: { 'date-parts': [[2024, 5, 1]] },
      },
    });
    if (!parsed.ok) return;
    expect(detailsFromMetadata(parsed.metadata, 'x')).toEqual({ ...form, title: 'Funding review' });
    expect(describeMetadata(parsed.metadata)).toBe(
      'Smith, Jane; Audit Office · HM Treasury · 2018-04-30 · https://example.org/review',
    );
  });

  it('clears fields left empty and refuses an empty title, naming each bad field', () => {
    const cleared = parseDetails({ title: 'T', author: '', publisher: '', published: '', url: '' }, previous);
    expect(cleared).toEqual({
      ok: true,
      metadata: { type: 'report', title: 'T', accessed: previous.accessed },
    });
    const bad = parseDetails(
      { title: ' ', author: '', publisher: '', published: '2018-4', url: 'ftp://x' },
      previous,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['published', 'title', 'url']);
  });
});
