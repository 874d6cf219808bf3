// CSV as RFC 4180 writes it, for files a spreadsheet opens: fields separated by commas, a field holding a
// comma, a quote, a line break or edge spaces is quoted with its quotes doubled, lines end CRLF. A cell
// that a spreadsheet would run as a formula (starting = + - @, tab or CR) is written with a leading
// apostrophe, and so is one already starting with an apostrophe, so that reading strips exactly one and
// every cell reads back as written.

const FORMULA_START = /^[=+\-@\t\r']/;

function formatCell(cell: string): string {
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(formatCell).join(',')).join('\r\n') + '\r\n';
}

export type ParsedCsv = { ok: true; rows: string[][] } | { ok: false; error: string };

/** Reads CSV text into rows of cells (a BOM, CRLF or LF line ends, a last line without an end). */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let i = 0;
  const endCell = () => {
    row.push(cell.startsWith("'") ? cell.slice(1) : cell);
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          return {
            ok: false,
            error: `line ${line}: text after a closing quote (write a quote inside quotes as "")`,
          };
        }
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === '"') return { ok: false, error: `line ${line}: a quote inside an unquoted cell` };
    else if (ch === ',') endCell();
    else if (ch === '\r' || ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
      line += 1;
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  if (quoted) return { ok: false, error: `line ${line}: a quoted cell is never closed` };
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return { ok: true, rows };
}
