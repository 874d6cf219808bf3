// A citation of text read by OCR says so: composeBriefing marks it (core's one rule, ocr-marking.ts), the
// Markdown footnote and the HTML note print "(OCR)" after the page, and the Word and PDF note says to check
// the page image; a citation on a page with the PDF's own text says nothing of the kind.
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../src/core/briefing/compose-briefing';
import { describeCitationNote } from '../../../src/core/briefing/document/citation-note';
import { writeHtml } from '../../../src/core/briefing/writers/write-html';
import { writeMarkdown } from '../../../src/core/briefing/writers/write-markdown';
import { claimOn, now, plainSource } from './briefing-fixtures';

const PAGE_1 = 'The council spent £4.1m on agency staff in 2019.';
const PAGE_2 = 'A scanned letter says the cost rose to £5.3m in 2020.';

const source = plainSource(`${PAGE_1}\n\n${PAGE_2}`, {
  format: 'pdf',
  fileName: 'letters.pdf',
  pages: [
    { index: 0, label: '1', start: 0, end: PAGE_1.length },
    {
      index: 1,
      label: '2',
      start: PAGE_1.length + 2,
      end: PAGE_1.length + 2 + PAGE_2.length,
      ocr: { confidence: 88.4 },
    },
  ],
});

describe('citations of OCR text', () => {
  const claims = [
    claimOn(source, '£4.1m', 'figure', { value: 4.1e6, unit: 'GBP' }),
    claimOn(source, '£5.3m', 'figure', { value: 5.3e6, unit: 'GBP' }),
  ];
  const doc = composeBriefing({
    title: 'Costs',
    claims,
    sources: [source],
    style: 'harvard',
    generatedAt: now,
  });
  const byQuote = (quote: string) => doc.citations.find((c) => c.quote === quote)!;

  it('marks only the citation whose passage lies on an OCR page', () => {
    expect(byQuote('£5.3m')).toMatchObject({ ocr: true, locator: 'p. 2' });
    expect(byQuote('£4.1m')).toMatchObject({ ocr: false, locator: 'p. 1' });
  });

  it('prints "(OCR)" after the page in Markdown and HTML, and asks Word and PDF readers to check', () => {
    const markdown = writeMarkdown(doc);
    expect(markdown).toMatch(/“£5\.3m” — p\. 2 \(OCR\)/);
    expect(markdown).toMatch(/“£4\.1m” — p\. 1 ·/);
    const html = writeHtml(doc);
    expect(html).toMatch(/<span class="locator">— p\. 2 \(OCR\)/);
    expect(html).not.toMatch(/p\. 1 \(OCR\)/);
    expect(describeCitationNote(doc, byQuote('£5.3m')).after).toContain('(OCR: check the page image)');
  });
});
