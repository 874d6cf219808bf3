// The CLI's briefing writers, one per format: Markdown and HTML from core. Word and PDF are written by
// their own modules; until those exist their entries are null and `evidence brief` says the format is not
// available yet. To add one, replace its null with `(doc) => writeDocx(doc)` (a function of the document
// returning bytes or text, or a promise of them).
import { writeHtml } from '../core/briefing/writers/write-html';
import { writeMarkdown } from '../core/briefing/writers/write-markdown';
import type { BriefingFormat } from '../core/briefing/briefing-formats';
import type { BriefingDocument } from '../core/briefing/document/briefing-document';

export type BriefingWriter = (doc: BriefingDocument) => Uint8Array | string | Promise<Uint8Array | string>;

export const BRIEF_WRITERS: Record<BriefingFormat, BriefingWriter | null> = {
  md: writeMarkdown,
  // Links back use the desktop app's `evidence:` form: a file written by the CLI is opened beside the app.
  html: (doc) => writeHtml(doc, { links: 'desktop' }),
  docx: null,
  pdf: null,
};
