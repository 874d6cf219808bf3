import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { writeBriefingDocx } from '../../../../src/core/briefing/document/write-briefing-docx';
import { sampleBriefing } from './sample-briefing';

const unescapeXml = (text: string): string =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
  );

/** The visible text of a WordprocessingML fragment: w:t contents, w:br as a line break. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1] ?? '')))
    .join('');
}

async function unpack() {
  const files = unzipSync(await writeBriefingDocx(sampleBriefing));
  const read = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { files, document: read('word/document.xml'), footnotes: read('word/footnotes.xml') };
}

/** Footnote id → its visible text. */
function footnoteTexts(xml: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of xml.matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    notes.set(m[1] ?? '', visibleText(m[2] ?? ''));
  }
  return notes;
}

describe('writeBriefingDocx', () => {
  it('writes a Word package whose body has the title, introduction, headings and references', async () => {
    const { files, document } = await unpack();
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/footnotes.xml', '[Content_Types].xml']),
    );
    const body = visibleText(document);
    expect(body).toContain('NAAS funding — what the record shows');
    expect(body).toContain(sampleBriefing.introduction[0]);
    for (const heading of ['Key figures', 'Timeline', 'Positions', 'Cross-checks', 'Quotes', 'References']) {
      expect(document).toMatch(
        new RegExp(`<w:pStyle w:val="Heading1"\\/>[\\s\\S]*?<w:t[^>]*>${heading}<\\/w:t>`),
      );
    }
    for (const reference of sampleBriefing.references) expect(body).toContain(reference.text);
    expect(body).toContain('£2.7m and £8.52m add up to the £11.22m total');
    expect(body).toContain('民営化');
  });

  it('gives each citation one real footnote holding its verbatim quote and locator', async () => {
    const { document, footnotes } = await unpack();
    const notes = footnoteTexts(footnotes);
    for (const citation of sampleBriefing.citations) {
      const note = notes.get(String(citation.n));
      expect(note, `footnote ${citation.n}`).toBeDefined();
      expect(note).toContain(`“${citation.quote}”, ${citation.locator}`);
      const everywhere = [...notes.values()].join('\n') + visibleText(document);
      expect(everywhere.split(citation.quote).length - 1, `quote ${citation.n} printed once`).toBe(1);
      // The body refers to the footnote once; a later use of the same citation is a plain superscript.
      expect(document.match(new RegExp(`<w:footnoteReference w:id="${citation.n}"/>`, 'g'))).toHaveLength(1);
    }
    expect(notes.get('5')).toContain('unverified');
    expect(notes.get('3')).toContain('(OCR');
    expect(notes.get('1')).not.toMatch(/unverified|OCR/);
  });

  it('keeps hostile strings as text, never markup', async () => {
    const { document, footnotes } = await unpack();
    for (const xml of [document, footnotes]) {
      expect(xml).not.toMatch(/<script|<b>|<i>/);
    }
    expect(footnotes).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(visibleText(document)).toContain('](javascript:x)');
    expect(visibleText(footnotes)).toContain(
      'see [the report](javascript:alert(1)) & <b>notes</b>\nsecond line “quoted”',
    );
  });

  it('reads back in another Word reader (mammoth) with headings, a table, a list and the footnotes', async () => {
    const buffer = Buffer.from(await writeBriefingDocx(sampleBriefing));
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain('<h1>Key figures</h1>');
    expect(html).toMatch(/<table>[\s\S]*£8\.52m[\s\S]*<\/table>/);
    expect(html).toContain('<li>October 2014 — the pilot begins');
    // mammoth turns footnotes into a numbered list of notes at the end, linked from their references.
    const notes = unescapeXml(
      html
        .slice(html.indexOf('<ol>'))
        .replace(/<br \/>/g, '\n')
        .replace(/<[^>]+>/g, ''),
    );
    for (const citation of sampleBriefing.citations) expect(notes).toContain(citation.quote);
    expect(html.match(/id="footnote-ref-\d+"/g)).toHaveLength(sampleBriefing.citations.length);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
