// One annotation read from a foreign file (W3C Web Annotation or Hypothesis), before it is anchored to a
// source: what it quotes and where, which document it names, its comments, tags and authors. Each reader
// turns its own JSON into these; build-annotation-import.ts turns them into claims the same way for both.
import type { Tag } from '../../model/records';

export type ForeignDocument = { sha256?: string; textHash?: string; url?: string; title?: string };
export type ForeignPerson = { id?: string; name?: string };
export type ForeignTag = { id?: string; name: string };

export type ForeignAnnotation = {
  /** The file's own id for it (stable across exports), used to give the claim a stable id. */
  key: string;
  /** Our record id, when the annotation came from this workbench. */
  claimId?: string;
  document: ForeignDocument;
  quote?: { exact: string; prefix?: string; suffix?: string };
  /** Code points, as the W3C model counts. */
  position?: { start: number; end: number };
  kind?: unknown;
  status?: unknown;
  /** Our typed fields, as the file holds them: checked against the claim schema before use. */
  fields?: Record<string, unknown>;
  statement?: string;
  note?: string;
  tags: ForeignTag[];
  created?: string;
  modified?: string;
  creator?: ForeignPerson;
  updatedBy?: string;
  page?: unknown;
  orphaned?: boolean;
  previousQuote?: string;
};

/** What a reader found in a file: its annotations, and a codebook when the file carries ours. */
export type ForeignAnnotations = {
  annotations: ForeignAnnotation[];
  codebook: Tag[];
  /** Things the file held that are not annotations we can read (listed, not dropped). */
  unreadable: { what: string; why: string }[];
};

/** How an annotation is named in the list of what could not be brought in. */
export function describeAnnotation(annotation: ForeignAnnotation): string {
  const exact = annotation.quote?.exact;
  if (exact) return `Annotation “${exact.length > 60 ? `${exact.slice(0, 60)}…` : exact}”`;
  const note = annotation.note?.trim();
  if (note) return `Annotation “${note.length > 60 ? `${note.slice(0, 60)}…` : note}”`;
  return `Annotation ${annotation.key}`;
}
