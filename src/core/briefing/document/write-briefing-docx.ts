// Writes a briefing as a Word document with the `docx` library (pure JavaScript, no Node or DOM API, so
// the app and the CLI call this same function). Each citation is a real Word footnote holding the verbatim
// quote and its locator, with "unverified" or "(OCR)" when so; Word numbers footnotes in order of
// appearance, which is the order of citations' first use, so its numbers match the other formats'. A
// citation used again later is marked with its number in superscript rather than a second footnote, so
// each quote is printed once. The references close the document.
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, BriefingDocument, Inlines } from './briefing-document';
import { bodySections, describeCitationNote, referencesHeading } from './citation-note';

/** Runs for text that may hold line breaks (a quote over two paragraphs keeps its break). */
function textRuns(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

type Cites = { placed: Set<number> };

function inlineRuns(inlines: Inlines, cites: Cites): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.type === 'text') return textRuns(inline.text);
    if (cites.placed.has(inline.n)) return [new TextRun({ text: String(inline.n), superScript: true })];
    cites.placed.add(inline.n);
    return [new FootnoteReferenceRun(inline.n)];
  });
}

function blockContent(block: Block, cites: Cites): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: textRuns(block.text),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(block.content, cites) })];
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: inlineRuns(item, cites) }),
      );
    case 'table':
      return [
        ...(block.caption ? [new Paragraph({ children: textRuns(block.caption, { bold: true }) })] : []),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.header.map(
                (cell) =>
                  new TableCell({ children: [new Paragraph({ children: textRuns(cell, { bold: true }) })] }),
              ),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({
                  children: row.map(
                    (cell) =>
                      new TableCell({ children: [new Paragraph({ children: inlineRuns(cell, cites) })] }),
                  ),
                }),
            ),
          ],
        }),
      ];
  }
}

function footnotes(doc: BriefingDocument): Record<string, { children: Paragraph[] }> {
  const notes: Record<string, { children: Paragraph[] }> = {};
  for (const citation of doc.citations) {
    const note = describeCitationNote(doc, citation);
    const children = [
      new Paragraph({ children: [...textRuns(`“${note.quote}”`), new TextRun(note.after)] }),
      ...(note.reference ? [new Paragraph({ children: textRuns(note.reference) })] : []),
    ];
    notes[String(citation.n)] = { children };
  }
  return notes;
}

export function buildBriefingDocx(doc: BriefingDocument): Document {
  const cites: Cites = { placed: new Set() };
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(doc.title) }),
    ...doc.introduction.map((text) => new Paragraph({ children: textRuns(text) })),
    ...bodySections(doc).flatMap((section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(section.heading) }),
      ...section.blocks.flatMap((block) => blockContent(block, cites)),
    ]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(referencesHeading(doc)) }),
    ...doc.references.map((reference) => new Paragraph({ children: textRuns(reference.text) })),
  ];
  return new Document({
    title: doc.title,
    creator: 'Evidence workbench',
    footnotes: footnotes(doc),
    sections: [{ children: body }],
  });
}

export async function writeBriefingDocx(doc: BriefingDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildBriefingDocx(doc)));
}
