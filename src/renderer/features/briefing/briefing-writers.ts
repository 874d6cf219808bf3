// The app's briefing writers, one per format. Markdown and HTML come from core; Word and PDF are written
// by their own modules and stay null (their Format options disabled) until those are wired here: replace
// the null with a function of the document that returns its bytes or text (or a promise of them).
import { writeHtml } from '../../../core/briefing/writers/write-html';
import { writeMarkdown } from '../../../core/briefing/writers/write-markdown';
import type { BriefingFormat } from '../../../core/briefing/briefing-formats';
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import type { PassageLinkTarget } from '../../../core/briefing/passage-link';

export type BriefingWriter = (
  doc: BriefingDocument,
  links: PassageLinkTarget,
) => Uint8Array | string | Promise<Uint8Array | string>;

export const BRIEFING_WRITERS: Record<BriefingFormat, BriefingWriter | null> = {
  md: (doc) => writeMarkdown(doc),
  html: (doc, links) => writeHtml(doc, { links }),
  docx: null,
  pdf: null,
};
