// The automatic title of every format: the declared title when it is meaningful, else the first heading
// or line, cut to its first sentence; never a file name, a bare number, a path or a stored "…".
import { describe, expect, it } from 'vitest';
import { chooseTitle, isMeaningfulTitle } from '../../../src/core/import/choose-title';
import { extractDocument } from '../../../src/core/import/extract-document';
import type { PdfInfo, PdfTextSource } from '../../../src/core/import/pdf/pdf-content';
import { readPdfInfo } from '../../../src/core/import/pdf/read-pdf-info';
import { createNodeExtractDeps } from '../../../src/cli/node-extract-deps';
import { buildDocx, coreProperties, paragraph } from './docx/build-docx';
import { column, page } from './pdf/pdf-items';

const deps = createNodeExtractDeps();
const encode = (text: string) => new TextEncoder().encode(text);
const importText = (name: string, text: string) => extractDocument({ name, bytes: encode(text) }, deps);

/** A one-page PDF as the host's pdf.js reader hands it to core, with this information dictionary. */
function pdfWith(lines: string[], info: PdfInfo): PdfTextSource {
  return () => Promise.resolve({ pages: [page(0, column(lines, 72, 200))], info });
}
const importPdf = (name: string, lines: string[], rawInfo: Record<string, unknown>) =>
  extractDocument(
    { name, bytes: encode('%PDF-1.7') },
    { ...deps, loadPdf: pdfWith(lines, readPdfInfo(rawInfo)) },
  );

describe('what counts as a meaningful title', () => {
  it('refuses file names, bare numbers, paths and placeholders', () => {
    for (const junk of [
      '10811.exe',
      '10811',
      '2014',
      'Microsoft Word - report final.docx',
      'Microsoft Word - Document1',
      'C:\\Users\\ann\\Desktop\\draft.doc',
      '/tmp/print-job',
      'untitled',
      'Untitled document',
      '  ',
      '…',
      '12-34',
    ]) {
      expect(isMeaningfulTitle(junk), junk).toBe(false);
    }
  });

  it('accepts real titles, including ones with numbers, colons and slashes', () => {
    for (const title of [
      'Social Services: Children',
      'Budget 2014/15',
      'Q3 2014 results',
      'The 2014 review',
    ]) {
      expect(isMeaningfulTitle(title), title).toBe(true);
    }
  });
});

describe('chooseTitle', () => {
  it('takes the first meaningful declared title, dropping an Office prefix', () => {
    expect(chooseTitle(['10811.exe', 'Microsoft Word - Annual review'], ['Body'], 'x.pdf')).toBe(
      'Annual review',
    );
  });

  it('falls back to the first meaningful line of text, never the file name', () => {
    expect(chooseTitle([null, ''], ['10811', 'The council’s plan'], '10811.txt')).toBe('The council’s plan');
  });

  it('cuts a paragraph to its first sentence, and a long sentence at a word, without "…"', () => {
    const paragraph =
      'Councils plan to outsource children’s services. The government funds the first wave of trusts, which critics say is a step towards privatisation of the whole system.';
    expect(chooseTitle([], [paragraph], 'a.txt')).toBe('Councils plan to outsource children’s services.');
    const long = `The ${'very '.repeat(60)}long sentence`;
    const title = chooseTitle([], [long], 'a.txt');
    expect(title.length).toBeLessThanOrEqual(150);
    expect(title).toMatch(/^The (very )*very$/);
    expect(title).not.toContain('…');
  });

  it('cuts a sentence too long for a title at its first clause break', () => {
    const line =
      'The Costs of outsourcing and NAAS: Is this £11.22m committed to the National Accreditation and Assessment scheme the best way to spend scarce DfE resources? (£8.52m of it going to the private sector)';
    expect(chooseTitle([], [line], 'a.txt')).toBe('The Costs of outsourcing and NAAS');
  });

  it('removes a "…" a declared title ends with', () => {
    expect(chooseTitle(['The costs of outsourcing…'], [], 'a.pdf')).toBe('The costs of outsourcing');
  });

  it('uses the file name only when there is nothing else, and never a bare number', () => {
    expect(chooseTitle([], ['12345'], 'Field notes.txt')).toBe('Field notes');
    expect(chooseTitle([], ['12345'], '10811.txt')).toBe('Untitled document');
  });
});

describe('titles of imported files', () => {
  it('plain text: a junk first line is skipped for the next meaningful one', async () => {
    expect((await importText('10811.txt', '10811.exe\n\nCare reforms in 2014\n')).title).toBe(
      'Care reforms in 2014',
    );
  });

  it('Markdown: the front-matter title, then the first heading', async () => {
    expect((await importText('a.md', '---\ntitle: "Declared"\n---\n# Heading\n')).title).toBe('Declared');
    expect((await importText('a.md', '# The **main** heading\n\nText.')).title).toBe('The main heading');
  });

  it('HTML: og:title, the article heading, <title>, then Readability, skipping junk ones', async () => {
    const html = `<html><head><title>page.html</title><meta property="og:title" content="10811.exe"></head>
      <body><article><h1>Outsourcing plans</h1><p>${'Councils plan to outsource. '.repeat(20)}</p></article></body></html>`;
    const doc = await importText('10811.html', html);
    expect(doc.title).toBe('Outsourcing plans');
    expect(doc.metadata.title).toBe('Outsourcing plans');
  });

  it('DOCX: dc:title when meaningful, else the first heading', async () => {
    const junk = coreProperties({ 'dc:title': 'Microsoft Word - draft.docx', 'dc:creator': '' });
    const body = paragraph('Main finding', 'Heading1') + paragraph('Text.');
    const doc = await extractDocument(
      { name: '10811.docx', bytes: buildDocx({ body, coreXml: junk }) },
      deps,
    );
    expect(doc.title).toBe('Main finding');
    const named = coreProperties({ 'dc:title': 'Trust review', 'dc:creator': '' });
    const titled = await extractDocument(
      { name: 'x.docx', bytes: buildDocx({ body, coreXml: named }) },
      deps,
    );
    expect(titled.title).toBe('Trust review');
  });

  it('PDF: the Title metadata when meaningful, else the first line of text', async () => {
    const lines = ['Children’s services review', 'The council spent £8.52m in 2014.'];
    expect((await importPdf('10811.pdf', lines, { Title: 'A review of outsourcing' })).title).toBe(
      'A review of outsourcing',
    );
    for (const Title of ['10811.exe', 'Microsoft Word - report.docx', 'untitled', '', '/home/ann/x']) {
      const doc = await importPdf('10811.pdf', lines, { Title });
      expect(doc.title, Title).toBe('Children’s services review');
      expect(doc.metadata.title).toBe('Children’s services review');
    }
  });
});

describe('a PDF’s creation date', () => {
  it('is not stored as the published date', async () => {
    const doc = await importPdf('report.pdf', ['A review', 'Text.'], {
      Title: 'A review',
      Author: 'Ann Analyst',
      CreationDate: "D:20240131120000+01'00'",
    });
    expect(doc.metadata.issued).toBeUndefined();
    expect(doc.metadata.author).toEqual([{ literal: 'Ann Analyst' }]);
  });
});
