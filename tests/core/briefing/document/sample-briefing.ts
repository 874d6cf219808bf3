// A realistic briefing document for the writers' tests, written by hand against the type: pounds and
// euros, curly quotes, en and em dashes, CJK, a very long quote, a quote over two lines, strings that
// would be markup or links if a writer forgot to escape them, and an unverified and an OCR citation.
import type { BriefingDocument, Citation } from '../../../../src/core/briefing/document/briefing-document';

const longQuote =
  'The Department considers that the outsourcing of children’s social care functions — including ' +
  'assessment, child protection enquiries and the placement of looked-after children — should remain ' +
  'subject to the statutory duties of the local authority, which retains accountability in every case; ' +
  'the regulations do not permit a profit-making body to take on these functions, and any provider ' +
  'must be registered with Ofsted and inspected against the same standards as the authority itself. '
    .repeat(3)
    .trim();

const citation = (n: number, fields: Partial<Citation> & { quote: string }): Citation => ({
  n,
  claimId: `claim-${n}`,
  sourceId: `source-${n <= 3 ? 'naas' : 'barnardos'}`,
  locator: 'p. 4',
  verified: true,
  ocr: false,
  context: { before: 'Before the passage. ', after: ' After the passage.' },
  reference: n <= 3 ? 0 : 1,
  inText: n <= 3 ? '(Department for Education, 2014, p. 4)' : '(Barnardo’s, 2014, para. 12)',
  ...fields,
});

export const sampleCitations: Citation[] = [
  citation(1, { quote: '£2.7 m' }),
  citation(2, { quote: 'a further £8.52m in 2014–15' }),
  citation(3, { quote: 'total of £11.22m — “subject to contract”', locator: 'p. 5', ocr: true }),
  citation(4, {
    quote: 'Barnardo’s also warns against allowing organisations to make a profit from child protection',
    locator: 'para. 12',
  }),
  citation(5, { quote: 'costs of €4,000 per placement <script>alert(1)</script>', verified: false }),
  citation(6, { quote: '児童保護の民営化に反対する', locator: 'para. 3' }),
  citation(7, { quote: longQuote, locator: 'para. 40' }),
  citation(8, { quote: 'see [the report](javascript:alert(1)) & <b>notes</b>\nsecond line “quoted”' }),
];

const text = (t: string) => ({ type: 'text' as const, text: t });
const cite = (n: number) => ({ type: 'cite' as const, n });

export const sampleBriefing: BriefingDocument = {
  title: 'NAAS funding — what the record shows',
  introduction: [
    'This note sets out the figures for the National Assessment and Accreditation System (NAAS), 2014–15.',
    'Prepared for the committee; every statement cites its passage. Hostile: <script>x</script> ](javascript:x)',
  ],
  generatedAt: '2026-11-30T12:00:00.000Z',
  style: 'harvard',
  sections: [
    {
      kind: 'key-figures',
      heading: 'Key figures',
      blocks: [
        {
          type: 'table',
          caption: 'Figures cited',
          header: ['Figure', 'Statement', 'Source'],
          rows: [
            [[text('£2.7m')], [text('Spent on development in 2013–14.')], [cite(1)]],
            [[text('£8.52m')], [text('A further sum in 2014–15.')], [cite(2)]],
            [[text('€4,000')], [text('Cost per placement <script>alert(1)</script>.')], [cite(5)]],
          ],
        },
      ],
    },
    {
      kind: 'timeline',
      heading: 'Timeline',
      blocks: [{ type: 'list', items: [[text('October 2014 — the pilot begins '), cite(3)]] }],
    },
    {
      kind: 'positions',
      heading: 'Positions',
      blocks: [
        {
          type: 'table',
          caption: 'Actors and topics',
          header: ['Actor', 'Profit in child protection', '民営化'],
          rows: [[[text('Barnardo’s')], [text('oppose '), cite(4)], [text('oppose '), cite(6)]]],
        },
      ],
    },
    {
      kind: 'cross-checks',
      heading: 'Cross-checks',
      blocks: [
        { type: 'heading', level: 3, text: 'Sums' },
        {
          type: 'paragraph',
          content: [
            text('£2.7m and £8.52m add up to the £11.22m total '),
            cite(1),
            cite(2),
            cite(3),
            text('.'),
          ],
        },
      ],
    },
    {
      kind: 'quotes',
      heading: 'Quotes',
      blocks: [
        { type: 'paragraph', content: [text('The Department’s position '), cite(7), text('.')] },
        { type: 'paragraph', content: [text('A link that must stay text: ](javascript:x) '), cite(8)] },
      ],
    },
    { kind: 'references', heading: 'References', blocks: [] },
  ],
  citations: sampleCitations,
  references: [
    {
      sourceId: 'source-naas',
      text: 'Department for Education (2014) National Assessment and Accreditation System: written answer. London: DfE.',
    },
    {
      sourceId: 'source-barnardos',
      text: 'Barnardo’s (2014) Consultation response — children’s social care <i>x</i>.',
    },
  ],
};
