// A briefing whose every field is hostile: script tags, Markdown links to javascript:, images with
// onerror, emphasis, code, autolinks, entities, table pipes; in the title, introduction, source metadata
// (title, authors, publisher, URL), tags, notes, actors, topics and the quoted passages themselves.
import { composeBriefing } from '../../../../src/core/briefing/compose-briefing';
import type {
  BriefingDocument,
  CitationStyleId,
} from '../../../../src/core/briefing/document/briefing-document';
import { claimOn, now, plainSource, tag } from '../briefing-fixtures';

export const HOSTILE = [
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '](javascript:alert(2))',
  '<img src=x onerror=alert(3)>',
  '**bold** _em_ `code` ~~gone~~',
  'www.evil.example https://evil.example/x a@evil.example',
  '&amp; &lt;b&gt; | pipe \\ back',
  '“curly” — ” — p. 9 · ',
];
const H = HOSTILE.join(' ');

export const hostileQuotes = [
  `<script>alert(1)</script> said [x](javascript:alert(1))`,
  `<img src=x onerror=alert(3)> **£8.52m** \`rm\` | a ” — p. 1`,
  'Line one\nline two <br> with \\ and &amp; www.evil.example',
  '- 1. # > list-looking start',
];

export function hostileBriefing(style: CitationStyleId = 'harvard'): BriefingDocument {
  const text = `Intro.\n\n${hostileQuotes.join('\n\n')}\n\nEnd.`;
  const source = plainSource(text, {
    title: H,
    metadata: {
      type: 'webpage',
      title: `Title ${H}`,
      author: [{ family: `Family ${H}`, given: 'G' }, { literal: H }],
      publisher: `Publisher ${H}`,
      URL: 'javascript:alert(4)',
      issued: { 'date-parts': [[2020]] },
    },
  });
  const other = plainSource('Safe text £2.7 m here.', {
    id: 'c'.repeat(64),
    metadata: { type: 'report', title: 'Safe', URL: 'https://example.org/a?b=1&c=<2>' },
  });
  const claims = [
    claimOn(source, hostileQuotes[0]!, 'quote', {}, { note: H, tagIds: ['t'] }),
    claimOn(source, hostileQuotes[1]!, 'figure', { value: 8.52e6, unit: 'GBP' }, { note: H }),
    claimOn(source, hostileQuotes[2]!, 'date', { startDate: '2014-10-01', endDate: '2014-10-31' }),
    claimOn(source, hostileQuotes[3]!, 'stance', {
      actor: `Actor ${H}`,
      stance: 'oppose',
      topic: `Topic ${H}`,
    }),
    claimOn(other, '£2.7 m', 'figure', { value: 2.7e6, unit: 'GBP' }),
  ];
  return composeBriefing({
    title: `Briefing ${H}`,
    introduction: `${H}\n\n# not a heading\n\n- not a list\n\n1. not a list`,
    claims,
    sources: [source, other],
    tags: [tag('t', H)],
    style,
    generatedAt: now,
    crossChecks: [{ kind: 'conflict', claimIds: [claims[1]!.id, claims[4]!.id], text: `Finding ${H}` }],
  });
}
