// The codebook's CSV: written with RFC 4180 quoting, formula-looking cells escaped and "/" in names escaped
// in paths; read back whole, refusing bad rows by number; imported without deleting anything.
import { describe, expect, it } from 'vitest';
import {
  planCodebookImport,
  readCodebookCsv,
  writeCodebookCsv,
} from '../../../src/core/codebook/codebook-csv';
import { formatCsv, parseCsv } from '../../../src/core/codebook/csv-text';
import { formatTagPath, parseTagPath } from '../../../src/core/codebook/tag-path';
import type { Tag } from '../../../src/core/model/records';
import { makeTag } from '../exchange/library-builders';

const actor = { researcherId: 'r-bob', now: '2024-06-01T10:00:00.000Z' };
const ids = () => {
  let n = 0;
  return () => `new-${(n += 1)}`;
};

describe('CSV text', () => {
  it('round-trips awkward cells: commas, quotes, line breaks, edge spaces and formula starts', () => {
    const rows = [
      ['a,b', 'say "hi"', 'two\nlines', ' padded ', '=SUM(A1)', '+1', '-x', '@me', "'quoted", ''],
    ];
    const text = formatCsv(rows);
    expect(text).toContain(`'=SUM(A1)`);
    expect(text).toContain(`"say ""hi"""`);
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it('reads CRLF, LF, a BOM and a last line without an end, and refuses an unclosed quote', () => {
    expect(parseCsv('\uFEFFa,b\r\nc,d\ne,f')).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
    });
    expect(parseCsv('a,"b\nc')).toEqual({ ok: false, error: 'line 2: a quoted cell is never closed' });
  });
});

describe('tag paths', () => {
  it('escapes "/" and "\\" inside names and reads them back', () => {
    const names = ['Money/finance', 'back\\slash', 'Plain'];
    const text = formatTagPath(names);
    expect(text).toBe('Money\\/finance/back\\\\slash/Plain');
    expect(parseTagPath(text)).toEqual({ ok: true, names });
    expect(parseTagPath('a\\b').ok).toBe(false);
    expect(parseTagPath('a//b').ok).toBe(false);
  });
});

const funding = makeTag({ id: 'f', name: 'Funding', colour: '#0072b2', description: 'Money in' });
const grants = makeTag({ id: 'g', name: 'Grants/awards', parentId: 'f', colour: '#e69f00' });
const hostile = makeTag({ id: 'h', name: '=HYPERLINK("x")', colour: '#009e73', description: '+cmd' });

describe('codebook CSV', () => {
  it('writes a header and one row per live tag, parents first, with escaped paths and cells', () => {
    const text = writeCodebookCsv([
      grants,
      funding,
      hostile,
      makeTag({ id: 'd', name: 'Gone', deleted: true }),
    ]);
    expect(text.split('\r\n')).toEqual([
      'name,parent path,colour,description',
      `"'=HYPERLINK(""x"")",,#009e73,'+cmd`,
      'Funding,,#0072b2,Money in',
      'Grants/awards,Funding,#e69f00,',
      '',
    ]);
  });

  it('reads back what it wrote, and an import into an empty codebook rebuilds the same tree', () => {
    const read = readCodebookCsv(writeCodebookCsv([funding, grants, hostile]));
    if (!read.ok) throw new Error(read.error);
    const plan = planCodebookImport([], read.rows, actor, ids());
    const byId = new Map(plan.created.map((t) => [t.id, t]));
    const shape = (t: Tag) => [
      t.name,
      t.parentId ? byId.get(t.parentId)?.name : null,
      t.colour,
      t.description,
    ];
    expect(plan.created.map(shape)).toEqual([
      ['=HYPERLINK("x")', null, '#009e73', '+cmd'],
      ['Funding', null, '#0072b2', 'Money in'],
      ['Grants/awards', 'Funding', '#e69f00', ''],
    ]);
  });

  it('names every bad row and refuses the whole file', () => {
    const text = 'name,parent path,colour,description\nOk,,,\n,,,\nX,,blue,\nY,a\\b,,\nOk,,,\nShort,\n';
    const read = readCodebookCsv(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toContain('row 3 has no name');
    expect(read.error).toContain('row 4 colour "blue" is not written like #1f77b4');
    expect(read.error).toContain('row 5 parent path has a "\\"');
    expect(read.error).toContain('row 6 repeats the tag of row 2');
    expect(read.error).toContain('row 7 has 2 cells, not 4');
    expect(readCodebookCsv('tag,colour\nx,y\n').ok).toBe(false);
  });

  it('updates colour and description of tags at the same path, creates missing parents, deletes nothing', () => {
    const text = [
      'name,parent path,colour,description',
      'funding,,#111111,',
      'Grants/awards,Funding,,Awarded money',
      'Bursaries,Funding/Student support,#222222,For students',
    ].join('\n');
    const read = readCodebookCsv(text);
    if (!read.ok) throw new Error(read.error);
    const plan = planCodebookImport([funding, grants, hostile], read.rows, actor, ids());
    expect(plan.updated.map((t) => [t.id, t.colour, t.description])).toEqual([
      ['f', '#111111', 'Money in'],
      ['g', '#e69f00', 'Awarded money'],
    ]);
    expect(plan.created.map((t) => [t.name, t.parentId])).toEqual([
      ['Student support', 'f'],
      ['Bursaries', 'new-1'],
    ]);
    expect(plan.unchanged).toBe(0);
    expect(plan.updated.every((t) => t.updatedBy === 'r-bob' && !t.deleted)).toBe(true);
  });
});
