// What a citation's note says, in words, for the writers that print notes of their own (Word footnotes,
// the PDF's notes): the verbatim quote, where to find it, and the warnings a reader must see (a quote not
// found again in its source, a page read by OCR). One wording, so the Word and PDF notes agree.
import type { BriefingDocument, Citation } from './briefing-document';

export type CitationNote = {
  /** The quote exactly as stored; writers put it between curly quotes and never alter it. */
  quote: string;
  /** After the quote: ", p. 4 — unverified: not found again in the source (OCR)". */
  after: string;
  /** The source's reference entry, already in the chosen style; empty when the index is out of range. */
  reference: string;
};

export function describeCitationNote(doc: BriefingDocument, citation: Citation): CitationNote {
  const flags = [
    citation.verified ? '' : ' — unverified: the quote was not found again in the source',
    citation.ocr ? ' (OCR: check the page image)' : '',
  ].join('');
  return {
    quote: citation.quote,
    after: `${citation.locator ? `, ${citation.locator}` : ''}${flags}.`,
    reference: doc.references[citation.reference]?.text ?? '',
  };
}

/** The sections printed in the body; the references are printed from `doc.references`, once, at the end. */
export function bodySections(doc: BriefingDocument): BriefingDocument['sections'] {
  return doc.sections.filter((section) => section.kind !== 'references');
}

/** The heading the document gives its references (its own wording when it has a references section). */
export function referencesHeading(doc: BriefingDocument): string {
  return doc.sections.find((section) => section.kind === 'references')?.heading ?? 'References';
}
