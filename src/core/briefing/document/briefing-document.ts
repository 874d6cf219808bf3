// The briefing as a document, before it is written in any format: title, the researcher's introduction,
// sections of blocks (headings, paragraphs, tables, lists) whose text carries numbered citations, the
// citations themselves (verbatim quote, locator, whether the quote was found again in its source) and the
// references in the chosen citation style. Markdown, HTML, Word and PDF are each written from this one
// document, so all four say the same thing; every string in it is plain text, escaped by each writer for
// its own format, never markup.

/** Text with citations inside it: "£2.7m and £8.52m add up to the £11.22m total [1][2][3]". */
export type Inline = { type: 'text'; text: string } | { type: 'cite'; n: number };
export type Inlines = Inline[];

export type Block =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; content: Inlines }
  | { type: 'list'; items: Inlines[] }
  /** A table: header cells are plain text; body cells carry citations. */
  | { type: 'table'; caption: string; header: string[]; rows: Inlines[][] };

/** Which section a block list is: the writers may style them, and tests find them by it. */
export type SectionKind = 'key-figures' | 'timeline' | 'positions' | 'cross-checks' | 'quotes' | 'references';

export type Section = { kind: SectionKind; heading: string; blocks: Block[] };

export type Citation = {
  /** 1-based, in order of first use in the document. */
  n: number;
  claimId: string;
  sourceId: string;
  /** The claim's quote, verbatim as stored (the exact passage of the source's text). */
  quote: string;
  /** Where to find it: "p. 4" for paginated sources, else "para. 12". */
  locator: string;
  /** False when the quote no longer matches its source's stored text exactly (marked "unverified"). */
  verified: boolean;
  /** True when the passage lies on a page whose text came from OCR, so a reader checks the page image. */
  ocr: boolean;
  /** A few lines of the source around the quote, for the HTML writer's "open the passage". */
  context: { before: string; after: string };
  /** The reference entry (index into BriefingDocument.references) of the claim's source. */
  reference: number;
  /**
   * Where the passage is in the source's stored text (UTF-16 offsets), for links back into the workbench
   * (core/briefing/passage-link.ts); absent when the source is not in the library.
   */
  passage?: { start: number; end: number };
  /** The short in-text form in the chosen style, e.g. "(Department for Education, 2014, p. 4)". */
  inText: string;
};

export type Reference = {
  sourceId: string;
  text: string;
  /** The source's web address when it is http(s) and safe to link; writers link it where it appears in text. */
  url?: string;
};

export type CitationStyleId = 'harvard' | 'apa' | 'chicago';

export type BriefingDocument = {
  title: string;
  /** The researcher's own introduction, as paragraphs of plain text. */
  introduction: string[];
  generatedAt: string;
  style: CitationStyleId;
  sections: Section[];
  citations: Citation[];
  references: Reference[];
};

/** Citations whose quote could not be found again in the source's stored text. */
export function listUnverified(doc: BriefingDocument): Citation[] {
  return doc.citations.filter((c) => !c.verified);
}
