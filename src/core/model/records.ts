// The records a researcher's library holds. Every record carries the fields that state-based merging needs
// (id, updated time, author, deleted flag), so any two libraries can be merged record by record.
import type { CitationStyleId, SectionKind } from '../briefing/document/briefing-document';
import type { DATE_PRECISIONS, FIGURE_UNITS, STANCE_LABELS } from './claim-labels';

/** Fields every shared record carries; merge compares them (see core/exchange). */
export type Versioned = {
  id: string;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  /** Researcher id of whoever made the last change. */
  updatedBy: string;
  /** A tombstone: deleted records stay, so a delete wins over an older edit on another laptop. */
  deleted: boolean;
};

export type Researcher = Versioned & {
  displayName: string;
};

export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** CSL-JSON subset used for citations. Dates use CSL's date-parts form. */
export type CslDate = { 'date-parts': [number, number?, number?][] } | { raw: string };
export type CslName = { family?: string; given?: string; literal?: string };
export type CslMetadata = {
  type: string;
  title?: string;
  author?: CslName[];
  publisher?: string;
  issued?: CslDate;
  URL?: string;
  accessed?: CslDate;
};

export type PageSpan = {
  index: number;
  label: string;
  start: number;
  end: number;
  /** The page's text was read by OCR from its image, with this mean word confidence (0-100). */
  ocr?: { confidence: number };
};

export type Source = Versioned & {
  /** Lower-case hex SHA-256 of the original file's bytes. */
  id: string;
  /** Lower-case hex SHA-256 of the extracted text, to spot the same text in another file. */
  textHash: string;
  title: string;
  format: SourceFormat;
  fileName: string;
  /** The text definition (core/text) that produced `text`; bumped when extraction changes. */
  extractorVersion: string;
  metadata: CslMetadata;
  text: string;
  pages?: PageSpan[];
  /** The id of the source this one is a new version of (that one stays, marked superseded). */
  supersedes?: string;
  importedAt: string;
};

export type ClaimKind = 'figure' | 'date' | 'stance' | 'quote';
export type ClaimStatus = 'suggested' | 'accepted' | 'verified' | 'rejected';
/** The lists and their display labels live in claim-labels.ts. */
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type StanceLabel = (typeof STANCE_LABELS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** W3C Web Annotation selectors; offsets are UTF-16 code units into Source.text. */
export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };
export type ClaimTarget = {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  page?: number;
  /**
   * Set when the source's text changed under the claim (a newer version merged in) and its quote could not
   * be found again: the selectors still say where it was in the old text. Listed as an orphan, never dropped.
   */
  orphaned?: true;
  /**
   * Set when the claim was re-anchored onto a new version of its source where its passage reads a little
   * differently: the quote as it was, so the researcher can check the claim still holds ("quote changed").
   */
  previousQuote?: string;
};

export type ClaimFields = {
  value?: number;
  unit?: FigureUnit;
  approximate?: boolean;
  startDate?: string;
  endDate?: string;
  precision?: DatePrecision;
  actor?: string;
  stance?: StanceLabel;
  topic?: string;
  /** Ids of the figure claims this figure is said to be the total of (marked by the researcher). */
  totalOf?: string[];
};

export type Claim = Versioned & {
  sourceId: string;
  target: ClaimTarget;
  kind: ClaimKind;
  fields: ClaimFields;
  /** One sentence in plain words that a briefing prints for the claim ('' when none was written). */
  statement: string;
  tagIds: string[];
  note: string;
  status: ClaimStatus;
  createdAt: string;
  createdBy: string;
};

export type Tag = Versioned & {
  name: string;
  parentId: string | null;
  /** CSS colour, #rrggbb. */
  colour: string;
  description: string;
  /**
   * Set on a tag merged into another (always a tombstone): the tag its claims went to, so a claim from a
   * bundle that still names this tag is moved onto that one when the bundles merge (core/codebook).
   */
  mergedInto?: string;
};

/** The sections a briefing can have; the lists live in briefing-labels.ts. */
export type BriefingSectionKind = SectionKind;
export type BriefingStyle = CitationStyleId;

/** Which claims a briefing draws on; an absent list means no restriction on that field. */
export type BriefingClaimFilter = { kinds?: ClaimKind[]; tagIds?: string[]; sourceIds?: string[] };

/** A saved briefing: what the researcher chose to write, generated again from the claims on demand. */
export type Briefing = Versioned & {
  title: string;
  /** The researcher's own introduction, plain text (paragraphs separated by blank lines). */
  introduction: string;
  sections: BriefingSectionKind[];
  claimFilter: BriefingClaimFilter;
  style: BriefingStyle;
};

export type Library = {
  researchers: Researcher[];
  tags: Tag[];
  sources: Source[];
  claims: Claim[];
  briefings: Briefing[];
};
