// The HTML writer: one self-contained file (inline CSS, no script, nothing remote), every hostile field
// escaped, each citation a <details> that opens the passage in context and links back into the workbench.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../../src/core/briefing/compose-briefing';
import { parsePassageLink } from '../../../../src/core/briefing/passage-link';
import { writeHtml } from '../../../../src/core/briefing/writers/write-html';
import { claimOn, now, plainSource } from '../briefing-fixtures';
import { HOSTILE, hostileBriefing, hostileQuotes } from './hostile-briefing';

describe('writeHtml', () => {
  it('opens each cited passage with its context and links back to it', () => {
    const text = 'Title\n\nBefore line.\nThis total is split £2.7 million and £8.52 million.\nAfter line.';
    const source = plainSource(text);
    const claim = claimOn(source, '£8.52 million', 'figure', { value: 8.52e6, unit: 'GBP' });
    const doc = composeBriefing({
      title: 'NAAS',
      claims: [claim],
      sources: [source],
      style: 'chicago',
      generatedAt: now,
    });
    for (const links of ['desktop', 'web'] as const) {
      const { document } = parseHTML(writeHtml(doc, { links }));
      expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
        'Key figures',
        'Timeline',
        'Positions',
        'Cross-checks',
        'Quotes',
        'References',
        'Citations',
      ]);
      expect(document.querySelector('td sup.cite a')?.getAttribute('href')).toBe('#note-1');
      const note = document.querySelector('li#note-1 details')!;
      expect(note.querySelector('summary')?.textContent).toContain('“£8.52 million” — para. 2');
      expect(note.querySelector('mark')?.textContent).toBe('£8.52 million');
      expect(note.querySelector('blockquote')?.textContent).toContain(
        'Before line.\nThis total is split £2.7 million and £8.52 million.\nAfter line.',
      );
      const href = note.querySelector('a.open-passage')!.getAttribute('href')!;
      expect(href.startsWith(links === 'desktop' ? 'evidence://source/' : 'index.html#source=')).toBe(true);
      const start = text.indexOf('£8.52');
      expect(parsePassageLink(href)).toEqual({ sourceId: source.id, start, end: start + 13 });
    }
  });

  it('escapes every hostile field and loads nothing from anywhere', () => {
    const html = writeHtml(hostileBriefing('apa'), { links: 'web' });
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, img, iframe, object, embed, link, base, form').length).toBe(0);
    expect(document.querySelectorAll('style').length).toBe(1);
    for (const el of document.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) expect(name.startsWith('on'), name).toBe(false);
      expect(el.getAttribute('src')).toBeNull();
    }
    for (const a of document.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^#note-\d+$|^index\.html#source=/);
    }
    expect(html).not.toMatch(/(?:src|href|url)\s*[=(]\s*["']?(?:[a-z]+:)?\/\//i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.sort()).toEqual([...hostileQuotes, '£2.7 m'].sort());
    expect(document.querySelector('h1')?.textContent).toBe(`Briefing ${HOSTILE.join(' ')}`.trim());
  });

  it('links a safe http(s) source address and marks an unverified citation', () => {
    const source = plainSource('The figure was £8.52 million.');
    const claim = claimOn(source, '£8.52 million', 'figure', { value: 8.52e6, unit: 'GBP' });
    const changed = { ...source, text: 'The figure was £8.25 million.' };
    const doc = composeBriefing({
      title: 'T',
      claims: [claim],
      sources: [changed],
      style: 'harvard',
      generatedAt: now,
    });
    const { document } = parseHTML(writeHtml(doc));
    expect(document.querySelector('.references a')?.getAttribute('href')).toBe(source.metadata.URL);
    expect(document.querySelector('#note-1 .unverified')?.textContent).toMatch(/^unverified/);
  });
});
