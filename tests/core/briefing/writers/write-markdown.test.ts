// The Markdown writer: footnotes hold the verbatim quote and locator (and "unverified"); no field, however
// hostile, becomes markup or a link when the note is rendered; the quotes read back exactly.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../../src/core/briefing/compose-briefing';
import { listMarkdownQuotes } from '../../../../src/core/briefing/writers/list-markdown-quotes';
import { writeMarkdown } from '../../../../src/core/briefing/writers/write-markdown';
import { claimOn, now, plainSource } from '../briefing-fixtures';
import { hostileBriefing, hostileQuotes } from './hostile-briefing';

function render(markdown: string) {
  return parseHTML(`<html><body>${marked.parse(markdown, { async: false, gfm: true })}</body></html>`)
    .document;
}

describe('writeMarkdown', () => {
  it('writes sections, footnotes with quote and locator, and references', () => {
    const source = plainSource(
      'Title\n\nThis total is split £2.7 million for local authorities and £8.52 million.',
    );
    const claim = claimOn(source, '£8.52 million', 'figure', { value: 8.52e6, unit: 'GBP' });
    const doc = composeBriefing({
      title: 'NAAS',
      claims: [claim],
      sources: [source],
      style: 'harvard',
      generatedAt: now,
    });
    const markdown = writeMarkdown(doc);
    expect([...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Key figures',
      'Timeline',
      'Positions',
      'Cross-checks',
      'Quotes',
      'References',
    ]);
    expect(markdown).toContain(
      '| £8,520,000 | This total is split £2.7 million for local authorities and £8.52 million. | [^1] |',
    );
    expect(markdown).toContain(
      '[^1]: “£8.52 million” — para. 2 · (Department for Education, 2017, para. 2)\n',
    );
    expect(markdown).toContain(
      '- Department for Education (2017) Social Services: Children. UK Parliament. Available at: <https://questions-statements.parliament.uk/written-questions/detail/2017-12-04/117950>.',
    );
    const html = render(markdown);
    expect(html.querySelectorAll('a[href^="https://questions-statements"]').length).toBe(1);
  });

  it('marks an unverified citation', () => {
    const source = plainSource('The figure was £8.52 million.');
    const claim = claimOn(source, '£8.52 million', 'figure', { value: 8.52e6, unit: 'GBP' });
    const changed = { ...source, text: 'The figure was £8.25 million.' };
    const doc = composeBriefing({
      title: 'T',
      claims: [claim],
      sources: [changed],
      style: 'apa',
      generatedAt: now,
    });
    const markdown = writeMarkdown(doc);
    expect(markdown).toMatch(/^\[\^1\]: “£8\.52 million” — .* · \*\*unverified\*\*: not found exactly/m);
    expect(listMarkdownQuotes(markdown)).toEqual([{ n: 1, quote: '£8.52 million', verified: false }]);
  });

  it('keeps every hostile field inert and every quote exact', () => {
    for (const style of ['harvard', 'apa', 'chicago'] as const) {
      const markdown = writeMarkdown(hostileBriefing(style));
      const html = render(markdown);
      expect(
        html.querySelectorAll('script, img, iframe, style, del, em, strong, code, h3, h1 + h1').length,
      ).toBe(0);
      expect(html.querySelectorAll('h1').length).toBe(1);
      expect(html.querySelectorAll('h2').length).toBe(6);
      for (const a of html.querySelectorAll('a')) {
        const href = a.getAttribute('href') ?? '';
        // Footnote references and back-links, and the one safe http(s) source address.
        expect(href, markdown).toMatch(
          /^#|^https:\/\/example\.org\/a\?b=1&c=%3C2%3E$|^https:\/\/example\.org\/a\?b=1&c=<2>$/,
        );
      }
      expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/i);
      expect(html.body.textContent).toContain('<script>alert(1)</script> said [x](javascript:alert(1))');
      expect(
        listMarkdownQuotes(markdown)
          .map((q) => q.quote)
          .sort(),
      ).toEqual([...hostileQuotes, '£2.7 m'].sort());
    }
  });

  it('reads back any quote exactly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), (quote) => {
        const source = plainSource(`Before. ${quote} After.`);
        const claim = claimOn(source, quote, 'quote');
        const doc = composeBriefing({
          title: quote,
          claims: [claim],
          sources: [source],
          style: 'harvard',
          generatedAt: now,
        });
        expect(listMarkdownQuotes(writeMarkdown(doc))).toEqual([{ n: 1, quote, verified: true }]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads back a quote holding Unicode line and paragraph separators (not line ends in Markdown)', () => {
    for (const quote of ['\u2028 ', 'a\u2028 b\u2029c']) {
      const source = plainSource(`Before. ${quote} After.`);
      const doc = composeBriefing({
        title: 't',
        claims: [claimOn(source, quote, 'quote')],
        sources: [source],
        style: 'harvard',
        generatedAt: now,
      });
      expect(listMarkdownQuotes(writeMarkdown(doc))).toEqual([{ n: 1, quote, verified: true }]);
    }
  });
});
