/// <reference types="node" />
// A REFI-QDA package that holds a PDF: the source is read from the PDF by real pdf.js, exactly as importing
// the PDF on its own reads it; the tool's coded areas (rectangles measured with poppler, not with us) land
// on the words they cover, a passage coded in the tool's own text representation is found again in our
// text, and what cannot be placed (a page the PDF lacks, blank margin, a PDF the package lacks, a file that
// is not a PDF) is reported with its reason. Without a PDF reader the project still reads through its
// text representation, as before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfText } from '../../../../src/cli/pdf/load-pdf';
import { validateLibrary } from '../../../../src/core/exchange/validate-library';
import { verifyTextHashes } from '../../../../src/core/exchange/verify-text-hashes';
import { createSource, extractDocument } from '../../../../src/core/import/extract-document';
import type { ReadContext } from '../../../../src/core/interchange/interchange-format';
import { qdpxFormat } from '../../../../src/core/interchange/refi-qda/qdpx-format';
import type { Library } from '../../../../src/core/model/records';
import { sha256Hex } from '../../../../src/core/text/hash';
import { corpusDir } from '../../../support/repo-paths';
import { EMPTY_LIBRARY } from './qda-library';
import { packFixtureProject } from './qda-fixtures';

const IMPORTER = '99999999-9999-4999-8999-999999999999';
const NOW = '2024-06-02T08:00:00.000Z';
const pdf = new Uint8Array(readFileSync(path.join(corpusDir, 'formats/001_1e5035609ec9f0e3.pdf')));
const readPdf = (bytes: Uint8Array, fileName?: string) =>
  loadPdfText(bytes, { fileName: fileName ?? 'x.pdf', workers: 1 });
const context = (existing: Library = EMPTY_LIBRARY): ReadContext => ({
  existing,
  now: NOW,
  researcherId: IMPORTER,
  readPdf,
});
const pack = () => packFixtureProject('pdf-in-package', { 'Sources/report.pdf': pdf });

const quoteOf = (library: Library, claimId: string) =>
  library.claims.find((c) => c.id === claimId)?.target.selector[0].exact;
const tagNamesOf = (library: Library, claimId: string) =>
  library.claims
    .find((c) => c.id === claimId)
    ?.tagIds.map((id) => library.tags.find((t) => t.id === id)?.name);

describe('a REFI-QDA package that holds a PDF', () => {
  it('reads the PDF as a PDF import does, and places the coded areas on the words they cover', async () => {
    const { library, skipped, originals } = await qdpxFormat.read!(pack(), context());
    expect(validateLibrary(library)).toEqual({ ok: true });
    expect(await verifyTextHashes(library.sources)).toBeUndefined();

    const source = library.sources.find((s) => s.format === 'pdf')!;
    // The same source as importing the PDF on its own: its id is the hash of its bytes, its text ours.
    const alone = await extractDocument(
      { name: 'report.pdf', bytes: pdf },
      {
        parseHtml: () => {
          throw new Error('no HTML here');
        },
        loadPdf: readPdf,
      },
    );
    expect(source.id).toBe(await sha256Hex(pdf));
    expect(source.text).toBe(alone.text);
    expect(source.pages?.length).toBe(4);
    expect(source.title).toBe('Costs of outsourcing NAAS');
    expect(originals?.get(source.id)).toEqual(pdf);

    expect(quoteOf(library, '52000000-0000-4000-8000-0000000000a1')).toBe(
      '(£8.52m of it gong to the private sector',
    );
    const title = quoteOf(library, '52000000-0000-4000-8000-0000000000a2')!;
    expect(title.replace(/\s+/g, ' ')).toBe(
      'The Costs of outsourcing and NAAS: Is this £11.22m committed to the National Accreditation and ' +
        'Assessment scheme the best way to spend scarce DfE resources?',
    );
    expect(quoteOf(library, '52000000-0000-4000-8000-0000000000a3')).toBe('Labour Social Work Group');
    expect(tagNamesOf(library, '52000000-0000-4000-8000-0000000000a3')).toEqual(['Actors']);
    // Every claim's selectors describe the PDF's text (the position holds the quote).
    for (const claim of library.claims.filter((c) => c.sourceId === source.id)) {
      const [quote, position] = claim.target.selector;
      expect(source.text.slice(position.start, position.end)).toBe(quote.exact);
    }

    // Coded in the tool's text, where a line break falls inside it; found again in ours.
    expect(quoteOf(library, '52000000-0000-4000-8000-0000000000b1')?.replace(/\s+/g, ' ')).toBe(
      'committed to the National Accreditation',
    );
    expect(library.claims.find((c) => c.id === '52000000-0000-4000-8000-0000000000b1')?.sourceId).toBe(
      source.id,
    );

    const reasons = skipped.map((s) => `${s.what}: ${s.why}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /coded passage in "Costs of outsourcing NAAS": it marks page 10, and the PDF has 4 pages/,
        ),
        expect.stringMatching(
          /coded passage in "Costs of outsourcing NAAS": there is no text in the area it marks on page 1/,
        ),
        expect.stringMatching(
          /PDF "Gone": its text is not in the project; its 1 coded area cannot be placed/,
        ),
        expect.stringMatching(
          /PDF "Broken": the PDF in the package could not be read: .*; its text came from the project instead/,
        ),
      ]),
    );
    expect(skipped).toHaveLength(4);
    // The file that is not a PDF came in through its representation.
    expect(quoteOf(library, '52000000-0000-4000-8000-0000000000b2')).toBe('broken file');
  });

  it('into a library that has the PDF already: its source is the one there, and nothing is read twice', async () => {
    const alone = await extractDocument(
      { name: 'report.pdf', bytes: pdf },
      {
        parseHtml: () => {
          throw new Error('no HTML here');
        },
        loadPdf: readPdf,
      },
    );
    const existing = await createSource({ name: 'report.pdf', bytes: pdf }, alone, {
      researcherId: IMPORTER,
      now: '2024-01-01T00:00:00.000Z',
    });
    const library: Library = { ...EMPTY_LIBRARY, sources: [existing] };
    const read = await qdpxFormat.read!(pack(), context(library));
    const source = read.library.sources.find((s) => s.format === 'pdf');
    expect(source).toBe(existing);
    expect(quoteOf(read.library, '52000000-0000-4000-8000-0000000000a3')).toBe('Labour Social Work Group');
  });

  it('the library keeping the PDF under an older text: the areas are found again in that text', async () => {
    const alone = await extractDocument(
      { name: 'report.pdf', bytes: pdf },
      {
        parseHtml: () => {
          throw new Error('no HTML here');
        },
        loadPdf: readPdf,
      },
    );
    // As an older text definition might have read it: the body after a line of its own.
    const olderText = `Costs of outsourcing\n\n${alone.text.replace(/ {1}/g, '  ')}`;
    const older = {
      ...(await createSource(
        { name: 'report.pdf', bytes: pdf },
        { ...alone, text: olderText },
        {
          researcherId: IMPORTER,
          now: '2024-01-01T00:00:00.000Z',
        },
      )),
      extractorVersion: 'pdf/1+text/1',
    };
    const read = await qdpxFormat.read!(pack(), context({ ...EMPTY_LIBRARY, sources: [older] }));
    const claim = read.library.claims.find((c) => c.id === '52000000-0000-4000-8000-0000000000a3')!;
    const [quote, position] = claim.target.selector;
    expect(quote.exact).toBe('Labour  Social  Work  Group');
    expect(olderText.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('without a PDF reader, the PDF comes in through its representation and its areas are reported', async () => {
    const withoutReader: ReadContext = { existing: EMPTY_LIBRARY, now: NOW, researcherId: IMPORTER };
    const { library, skipped } = await qdpxFormat.read!(pack(), withoutReader);
    expect(library.sources.every((s) => s.format === 'txt')).toBe(true);
    expect(quoteOf(library, '52000000-0000-4000-8000-0000000000b1')).toBe(
      'committed to the National\nAccreditation',
    );
    expect(skipped.map((s) => `${s.what}: ${s.why}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/5 coded areas of PDF "Costs of outsourcing NAAS": .*rectangle/),
      ]),
    );
  });
});
