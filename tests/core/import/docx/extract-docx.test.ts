import { readFileSync, readdirSync } from 'node:fs';
import { EXTRACTOR_VERSIONS } from '../../../../src/core/text/text-definition';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/core/import/extract-document';
import { createSource } from '../../../../src/core/import/create-source';
import { createNodeExtractDeps } from '../../../../src/cli/node-extract-deps';
import { buildDocx, coreProperties, paragraph, table } from './build-docx';
import { measureAgreement } from './word-agreement';
import { corpusUrl as corpus } from '../../../support/repo-paths';

const deps = createNodeExtractDeps();
const importDocx = (bytes: Uint8Array, name = 'report.docx') => extractDocument({ name, bytes }, deps);

describe('extractDocument: DOCX text', () => {
  const names = readdirSync(new URL('formats/', corpus)).filter((name) => name.endsWith('.docx'));

  it('finds the corpus Word documents', () => expect(names.length).toBeGreaterThanOrEqual(2));

  for (const name of names) {
    it(`reads ${name} as the same words in the same order as its UTF-8 text`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(`formats/${name}`, corpus)));
      const doc = await importDocx(bytes, name);
      const reference = readFileSync(new URL(`documents/${name.replace(/\.docx$/, '.txt')}`, corpus), 'utf8');
      const { words, pairs } = measureAgreement(doc.text, reference);
      // Measured on both corpus files: bag-of-words F1 1.000, adjacent-pair F1 1.000.
      expect(words.f1).toBeGreaterThanOrEqual(0.98);
      expect(pairs.f1).toBeGreaterThanOrEqual(0.98);
      expect(doc.format).toBe('docx');
    });
  }

  it('keeps headings and paragraphs as blocks, list items as their own paragraphs, tables as tab-separated rows', async () => {
    const body = [
      paragraph('Outsourcing review', 'Heading1'),
      paragraph('Councils  spent   £30m.'),
      paragraph('Findings', 'Heading2'),
      paragraph('First bullet', undefined, { numId: 1 }),
      paragraph('Second bullet', undefined, { numId: 1 }),
      paragraph('Step one', undefined, { numId: 2 }),
      table([
        ['Council', 'Spend'],
        ['Slough', '£3.3m'],
      ]),
      paragraph('After the table.'),
    ].join('');
    const doc = await importDocx(buildDocx({ body }));
    expect(doc.text).toBe(
      [
        'Outsourcing review',
        'Councils spent £30m.',
        'Findings',
        'First bullet',
        'Second bullet',
        'Step one',
        'Council\tSpend\nSlough\t£3.3m',
        'After the table.',
      ].join('\n\n'),
    );
    expect(doc.title).toBe('Outsourcing review');
  });

  it('keeps footnote text but not the converter’s "↑" back-links', async () => {
    const body =
      '<w:p><w:r><w:t>Claim</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> stands.</w:t></w:r></w:p>';
    const footnotes =
      '<w:footnote w:id="1"><w:p><w:r><w:t>Source: DfE answer.</w:t></w:r></w:p></w:footnote>';
    const doc = await importDocx(buildDocx({ body, footnotes }));
    expect(doc.text).toContain('Source: DfE answer.');
    expect(doc.text).not.toContain('↑');
  });
});

describe('extractDocument: DOCX metadata', () => {
  it('reads title, authors, date and publisher from docProps', async () => {
    const bytes = buildDocx({
      body: paragraph('Body heading', 'Heading1') + paragraph('Text.'),
      coreXml: coreProperties({
        'dc:title': 'Trusts &amp; outsourcing',
        'dc:creator': 'Jane Smith; John Doe',
        'cp:lastModifiedBy': 'Someone Else',
        'dcterms:created xsi:type="dcterms:W3CDTF"': '2017-12-12T09:30:00Z',
        'dcterms:modified xsi:type="dcterms:W3CDTF"': '2018-01-05T10:00:00Z',
      }).replace(/<\/dcterms:(created|modified) xsi:type="dcterms:W3CDTF">/g, '</dcterms:$1>'),
      appXml: '<Properties xmlns="x"><Company>Department for Education</Company></Properties>',
    });
    const doc = await importDocx(bytes);
    expect(doc.title).toBe('Trusts & outsourcing');
    expect(doc.metadata).toEqual({
      type: 'document',
      title: 'Trusts & outsourcing',
      author: [{ literal: 'Jane Smith' }, { literal: 'John Doe' }],
      publisher: 'Department for Education',
      issued: { 'date-parts': [[2017, 12, 12]] },
    });
    const source = await createSource({ name: 'report.docx', bytes }, doc, {
      researcherId: 'r1',
      now: '2026-01-02T03:04:05Z',
    });
    expect(source.extractorVersion).toBe(EXTRACTOR_VERSIONS.docx);
  });

  it('titles a document without properties by its first heading, else its first line, else its file name', async () => {
    const empty = coreProperties({ 'dc:title': '', 'dc:creator': '' });
    const headed = await importDocx(
      buildDocx({ body: paragraph('Intro') + paragraph('Main', 'Heading1'), coreXml: empty }),
    );
    expect(headed.title).toBe('Main');
    expect(headed.metadata).toEqual({ type: 'document', title: 'Main' });
    const plain = await importDocx(
      buildDocx({ body: paragraph('  Month: April 2018 ') + paragraph('Text') }),
    );
    expect(plain.title).toBe('Month: April 2018');
  });
});
