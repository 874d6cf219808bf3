// Generated files for the memory benchmarks: a Word document whose document.xml holds a given amount of
// XML, and HTML pages of the shapes that cost a DOM most. Seedless and deterministic, so every run
// measures the same bytes.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX whose document.xml is about `megabytes` MB of plain paragraphs. */
export function makeDocx(megabytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i += 1) {
    const p = `<w:p><w:r><w:t xml:space="preserve">Paragraph ${i}: the council spent £${i}.5m on services in 2019, as the report says.</w:t></w:r></w:p>`;
    parts.push(p);
    size += p.length;
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${parts.join('')}</w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(xml),
    },
    { level: 6 },
  );
}

const page = (body) =>
  `<!doctype html><html><head><title>Generated page</title></head><body>${body}</body></html>`;
const repeat = (count, make) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

/**
 * HTML pages as [label, make] pairs, each just under the budget in src/core/import/html/html-budget.ts
 * (400,000 start tags and attributes; Readability up to 60,000; nesting up to 1,000) but the last, over it.
 */
export const HTML_SHAPES = [
  [
    'table, 99,000 rows × 4 cells',
    () =>
      page(
        `<table>${repeat(99_000, (i) => `<tr><td>Row ${i}</td><td>£${i}.5m</td><td>spent in 2019</td></tr>`)}</table>`,
      ),
  ],
  ['inline, 399,000 <b>', () => page(`<p>${repeat(399_000, (i) => `<b>${i % 10}</b>`)}</p>`)],
  [
    'attributes, 12,900 <p> × 30',
    () => page(repeat(12_900, (i) => `<p ${repeat(30, (j) => `a${j}="${j}"`)}>Paragraph ${i}</p>`)),
  ],
  [
    'article, 59,000 elements',
    () =>
      page(
        `<article><h1>Report</h1>${repeat(29_000, (i) => `<p>Paragraph ${i} says the council spent <b>£${i}m</b> in 2019, a rise on the year before.</p>`)}</article>`,
      ),
  ],
  [
    'nested 999 deep × 300',
    () => page(repeat(300, (i) => `${'<div>'.repeat(997)}text ${i}${'</div>'.repeat(997)}`)),
  ],
  ['over: inline, 2,000,000 <b>', () => page(`<p>${repeat(2_000_000, (i) => `<b>${i % 10}</b>`)}</p>`)],
];
