// Writes a library as a bundle file in the form `evidence export` writes (records in id order, keys in the
// bundle's order, two-space indent), one record at a time, so a library of hundreds of megabytes never
// needs one string of its whole text.
import { closeSync, openSync, writeSync } from 'node:fs';

const LEADING = [
  'format',
  'version',
  'exportedAt',
  'library',
  'researchers',
  'tags',
  'sources',
  'claims',
  'briefings',
  'id',
  'type',
];
const TABLES = ['researchers', 'tags', 'sources', 'claims', 'briefings'];
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** `value` with keys in the bundle's order (records are a few levels deep, so recursion is bounded). */
function orderKeys(value) {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  const first = LEADING.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !LEADING.includes(k)).sort(byCodeUnit);
  const out = {};
  for (const key of [...first, ...rest]) out[key] = orderKeys(value[key]);
  return out;
}

/** Writes `library` to `file` as a version 2 bundle exported at `exportedAt`; returns the bytes written. */
export function writeBundle(file, library, exportedAt) {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let pending = [];
  let pendingLength = 0;
  const put = (text) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength > 1 << 20) flush();
  };
  const flush = () => {
    bytes += writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  try {
    put(
      `{\n  "format": "evidence-workbench.bundle",\n  "version": 2,\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "library": {\n`,
    );
    TABLES.forEach((table, t) => {
      const records = [...library[table]].sort((x, y) => byCodeUnit(x.id, y.id));
      put(`    "${table}": [`);
      records.forEach((record, i) => {
        put(
          `${i === 0 ? '\n' : ',\n'}      ${JSON.stringify(orderKeys(record), null, 2).replace(/\n/g, '\n      ')}`,
        );
      });
      put(`${records.length > 0 ? '\n    ' : ''}]${t < TABLES.length - 1 ? ',' : ''}\n`);
    });
    put('  }\n}\n');
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
