// Claims as CSV: one row per live claim under the documented header, UTF-8 with a BOM, CRLF line ends,
// RFC 4180 quoting, and cells that would start a spreadsheet formula escaped; read back cell for cell.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/codebook/csv-text';
import { CLAIMS_CSV_HEADER } from '../../../../src/core/interchange/csv/claims-csv';
import { csvFormat } from '../../../../src/core/interchange/csv/csv-format';
import { claimOn, makeWideLibrary } from '../interchange-builders';

function exportRows(library = makeWideLibrary()) {
  const bytes = csvFormat.write!(library, { now: '2024-07-01T12:00:00.000Z' });
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('claims CSV', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF and holds £ and curly quotes as UTF-8', () => {
    const { bytes, text } = exportRows();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A header and four claims: five CRLF line ends; line breaks inside cells stay as they are.
    expect(text.match(/\r\n/g)).toHaveLength(5);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('£11.22m');
    expect(text).toContain('“funding will rise by 12%”');
  });

  it('writes one row per live claim with the documented columns', () => {
    const parsed = parseCsv(exportRows().text);
    if (!parsed.ok) throw new Error(parsed.error);
    const [header, ...rows] = parsed.rows;
    expect(header).toEqual([...CLAIMS_CSV_HEADER]);
    expect(rows.map((r) => r[0])).toEqual(['claim-figure', 'claim-date', 'claim-stance', 'claim-quote']);
    const figure = Object.fromEntries(header!.map((name, i) => [name, rows[0]![i]]));
    expect(figure).toMatchObject({
      'source title': 'Council budget report',
      kind: 'figure',
      statement: 'The budget is £11.22m.',
      quote: '£11.22m',
      value: '11220000',
      unit: 'GBP',
      tags: 'Money/Funding',
      note: 'Check against the\nannual accounts.',
      status: 'verified',
      author: 'Bob Brown',
      updated: '2024-06-02T10:30:00.000Z',
    });
    const stance = Object.fromEntries(header!.map((name, i) => [name, rows[2]![i]]));
    expect(stance).toMatchObject({ actor: 'The council', position: 'oppose', topic: 'cuts', page: '1' });
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const library = makeWideLibrary();
    const source = library.sources[0]!;
    library.claims = [
      claimOn(source, '=SUM(A1)', { id: 'claim-formula', note: '+cmd|calc', statement: '@risk -1' }),
    ];
    const { text } = exportRows(library);
    const line = text.split('\r\n')[1]!;
    expect(line).toContain(`'=SUM(A1)`);
    expect(line).toContain(`'+cmd|calc`);
    expect(line).toContain(`'@risk -1`);
    expect(line).not.toMatch(/(^|,)[=+@-]/);
  });

  it('is export only: never detected as an import', () => {
    expect(csvFormat.read).toBeUndefined();
    expect(csvFormat.detect(exportRows().bytes)).toBe(false);
  });
});
