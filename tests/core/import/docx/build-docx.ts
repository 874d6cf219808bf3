// Builds small, valid DOCX files at test time from WordprocessingML snippets, so each test shows the exact
// document it imports: headings (with styles.xml), bulleted and numbered lists (numbering.xml), tables,
// footnotes and the docProps parts mammoth does not read.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export type DocxParts = { body: string; coreXml?: string; appXml?: string; footnotes?: string };

/** `w:p` with one run; `style` is a styles.xml id such as "Heading1". */
export function paragraph(text: string, style?: string, list?: { numId: number; level?: number }): string {
  const props = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    list ? `<w:numPr><w:ilvl w:val="${list.level ?? 0}"/><w:numId w:val="${list.numId}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export function table(rows: string[][]): string {
  const cells = (row: string[]) => row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('');
  return `<w:tbl>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`;
}

export function coreProperties(fields: Record<string, string>): string {
  const body = Object.entries(fields)
    .map(([tag, value]) => `<${tag}>${value}</${tag}>`)
    .join('');
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}</cp:coreProperties>`;
}

const STYLES = `${XML}<w:styles xmlns:w="${W}">${[1, 2]
  .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`)
  .join('')}</w:styles>`;

const level = (format: string, text: string) =>
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = `${XML}<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

export function buildDocx(parts: DocxParts): Uint8Array {
  const related = [
    ['styles', 'styles.xml'],
    ['numbering', 'numbering.xml'],
    ...(parts.footnotes ? [['footnotes', 'footnotes.xml']] : []),
  ];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `${XML}<Relationships xmlns="${REL}">${related
        .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${R}/${type}" Target="${target}"/>`)
        .join('')}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${parts.body}</w:body></w:document>`,
    ),
    'word/styles.xml': strToU8(STYLES),
    'word/numbering.xml': strToU8(NUMBERING),
  };
  if (parts.footnotes)
    files['word/footnotes.xml'] = strToU8(
      `${XML}<w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`,
    );
  if (parts.coreXml) files['docProps/core.xml'] = strToU8(parts.coreXml);
  if (parts.appXml) files['docProps/app.xml'] = strToU8(parts.appXml);
  return zipSync(files);
}
