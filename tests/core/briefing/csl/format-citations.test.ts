// References and in-text citations come from citeproc-js with the bundled styles: a source with full
// metadata reads as each style prescribes, with its locator, and each source is listed once.
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, isCitationStyleId } from '../../../../src/core/briefing/csl/citation-styles';
import { formatCitations } from '../../../../src/core/briefing/csl/format-citations';
import { plainSource } from '../briefing-fixtures';

const report = plainSource('Text.', {
  metadata: {
    type: 'report',
    title: 'Children’s social care innovation programme: interim report',
    author: [
      { family: 'Sebba', given: 'Judy' },
      { family: 'Luke', given: 'Nikki' },
    ],
    publisher: 'Department for Education',
    issued: { 'date-parts': [[2016, 7, 14]] },
    URL: 'https://www.gov.uk/government/publications/innovation-programme',
    accessed: { 'date-parts': [[2026, 11, 2]] },
  },
});
const passages = [
  { sourceId: report.id, locator: { label: 'page' as const, value: '4' } },
  { sourceId: report.id, locator: { label: 'paragraph' as const, value: '12' } },
];

describe('formatCitations', () => {
  it('writes Cite Them Right (Harvard)', () => {
    const { references, inText } = formatCitations('harvard', [report], passages);
    expect(references).toEqual([
      {
        sourceId: report.id,
        text: 'Sebba, J. and Luke, N. (2016) Children’s social care innovation programme: interim report. Department for Education. Available at: https://www.gov.uk/government/publications/innovation-programme (Accessed: 2 November 2026).',
      },
    ]);
    expect(inText).toEqual(['(Sebba and Luke, 2016, p. 4)', '(Sebba and Luke, 2016, para. 12)']);
  });

  it('writes APA 7th', () => {
    const { references, inText } = formatCitations('apa', [report], passages);
    expect(references.map((r) => r.text)).toEqual([
      'Sebba, J., & Luke, N. (2016). Children’s social care innovation programme: interim report. Department for Education. https://www.gov.uk/government/publications/innovation-programme',
    ]);
    expect(inText).toEqual(['(Sebba & Luke, 2016, p. 4)', '(Sebba & Luke, 2016, para. 12)']);
  });

  it('writes Chicago author-date', () => {
    const { references, inText } = formatCitations('chicago', [report], passages);
    expect(references.map((r) => r.text)).toEqual([
      'Sebba, Judy, and Nikki Luke. 2016. “Children’s Social Care Innovation Programme: Interim Report.” Department for Education. https://www.gov.uk/government/publications/innovation-programme.',
    ]);
    expect(inText).toEqual(['(Sebba and Luke 2016, 4)', '(Sebba and Luke 2016, para. 12)']);
  });

  it('lists each source once, in the style’s order, and uses the title when the metadata has none', () => {
    const untitled = plainSource('More.', {
      id: 'a'.repeat(64),
      title: 'Annual review',
      metadata: { type: 'webpage', author: [{ literal: 'Barnardo’s' }], issued: { 'date-parts': [[2014]] } },
    });
    const { references } = formatCitations('harvard', [report, untitled], [...passages, ...passages]);
    expect(references.map((r) => r.sourceId)).toEqual([untitled.id, report.id]);
    expect(references[0]!.text).toBe('Barnardo’s (2014) Annual review.');
  });

  it('disambiguates in-text forms as the references do (two reports by one body in one year)', () => {
    const first = plainSource('One.', { id: '1'.repeat(64), metadata: { ...report.metadata, title: 'A' } });
    const second = plainSource('Two.', { id: '2'.repeat(64), metadata: { ...report.metadata, title: 'B' } });
    const cited = [
      { sourceId: first.id, locator: { label: 'page' as const, value: '4' } },
      { sourceId: second.id, locator: { label: 'page' as const, value: '4' } },
    ];
    const { references, inText } = formatCitations('harvard', [first, second], cited);
    expect(references.map((r) => r.text.slice(0, 30))).toEqual([
      'Sebba, J. and Luke, N. (2016a)',
      'Sebba, J. and Luke, N. (2016b)',
    ]);
    expect(inText).toEqual(['(Sebba and Luke, 2016a, p. 4)', '(Sebba and Luke, 2016b, p. 4)']);
  });

  it.each(['harvard', 'apa', 'chicago'] as const)(
    'writes every locator as the style does alone (%s): whole numbers, page labels, no locator',
    (style) => {
      const values = ['1', '10', '2016', 'iv', 'A-3', ''];
      const cited = values.flatMap((value) =>
        (['page', 'paragraph'] as const).map((label) => ({ sourceId: report.id, locator: { label, value } })),
      );
      const together = formatCitations(style, [report], cited).inText;
      const alone = cited.map((c) => formatCitations(style, [report], [c]).inText[0]);
      expect(together).toEqual(alone);
      expect(together[0]).toContain('1');
      expect(new Set(together).size).toBe(cited.length - 1); // "" reads the same under either label
    },
  );

  it('knows exactly the three bundled styles', () => {
    expect(CITATION_STYLES.map((s) => s.id)).toEqual(['harvard', 'apa', 'chicago']);
    expect(isCitationStyleId('apa')).toBe(true);
    expect(isCitationStyleId('mla')).toBe(false);
    for (const style of CITATION_STYLES)
      expect(style.csl).toContain('creativecommons.org/licenses/by-sa/3.0');
  });
});
