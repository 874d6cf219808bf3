// The messages between the briefing dialog and its worker (briefing-worker.ts). The dialog asks for a
// briefing by its settings (the saved record's fields, and the Claims list's filters when only the
// filtered claims are wanted); the worker reads the library from IndexedDB itself, reports how far it is,
// and answers with a preview-sized copy of the document (its start first, when the whole takes longer)
// and what the export step needs to know. An export
// asks the worker to write the last document composed in one format.
import type { BriefingFormat } from '../../../core/briefing/briefing-formats';
import type { UnverifiedQuote } from '../../../core/briefing/check-quotes';
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import type { PassageLinkTarget } from '../../../core/briefing/passage-link';
import type { BriefingDraft } from '../../storage/briefings';
import type { ClaimFilters } from '../../store/slices/filters';

/** The Claims list's filters, when the briefing is of the filtered claims only. */
export type ListFilters = { filters: ClaimFilters; openSourceId: string | null };

export type ComposeRequest = {
  type: 'compose';
  id: number;
  databaseName: string;
  draft: Omit<BriefingDraft, 'id'>;
  onlyFiltered: ListFilters | null;
  generatedAt: string;
};
export type WriteRequest = {
  type: 'write';
  id: number;
  format: BriefingFormat;
  links: PassageLinkTarget;
  /** The host prints PDFs from the HTML export (desktop): the worker then answers with that HTML. */
  hostPrintsPdf: boolean;
};
export type BriefingRequest = ComposeRequest | WriteRequest;

export type BriefingStage = 'reading' | 'composing' | 'references';
export type BriefingProgress = {
  type: 'progress';
  id: number;
  stage: BriefingStage;
  done: number;
  total: number;
  /** While the references are formatted: in how many batches (each on a core of its own). */
  batches?: number;
};
export type BriefingComposed = {
  type: 'composed';
  id: number;
  /** How many claims the briefing was composed from (before core keeps only the citable ones). */
  claimCount: number;
  /** The whole document's citations, for the preview's note to say how much it leaves out. */
  citationCount: number;
  /** The start of the document, small enough to draw (see briefing-preview.ts). */
  preview: BriefingDocument;
  unverified: UnverifiedQuote[];
};
/**
 * The document's start, sent before the whole when the briefing has more citations than the preview
 * shows: only the sources those citations cite were formatted yet, so it reads as the whole briefing's
 * preview will. Exports wait for 'composed'.
 */
export type BriefingPreviewed = Omit<BriefingComposed, 'type'> & { type: 'previewed' };
export type BriefingWritten =
  { type: 'written'; id: number; output: Uint8Array | string } | { type: 'print'; id: number; html: string };
export type BriefingFailed = { type: 'failed'; id: number; message: string };
export type BriefingReply =
  BriefingProgress | BriefingPreviewed | BriefingComposed | BriefingWritten | BriefingFailed;
