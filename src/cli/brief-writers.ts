// The CLI's briefing writers, one per format, each a function of the document returning the file's bytes
// or text: Markdown, HTML, Word and PDF (pdf-lib with the bundled fonts) from core. A null entry would make
// `evidence brief` say the format is not available.
import { writeHtml } from '../core/briefing/writers/write-html';
import { writeMarkdown } from '../core/briefing/writers/write-markdown';
import type { BriefingFormat } from '../core/briefing/briefing-formats';
import { writeBriefingDocx } from '../core/briefing/document/write-briefing-docx';
import { writeBriefingPdf } from '../core/briefing/document/pdf/write-briefing-pdf';
import { loadBriefingFonts } from '../node-shared/briefing-fonts';
import type { BriefingDocument } from '../core/briefing/document/briefing-document';

export type BriefingWriter = (doc: BriefingDocument) => Uint8Array | string | Promise<Uint8Array | string>;

export const BRIEF_WRITERS: Record<BriefingFormat, BriefingWriter | null> = {
  md: writeMarkdown,
  // Links back use the desktop app's `evidence:` form: a file written by the CLI is opened beside the app.
  html: (doc) => writeHtml(doc, { links: 'desktop' }),
  docx: (doc) => writeBriefingDocx(doc),
  pdf: async (doc) => writeBriefingPdf(doc, await loadBriefingFonts(doc)),
};
