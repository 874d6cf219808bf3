// The CLI's briefing writers, one per format, each a function of the document returning the file's bytes
// or text: Markdown, HTML, Word and PDF (pdf-lib with the bundled fonts) from core. A null entry would make
// `evidence brief` say the format is not available. Word and PDF are imported when asked for: docx,
// pdf-lib and fontkit take a good part of a second to load, which a Markdown briefing should not pay.
import { writeHtml } from '../core/briefing/writers/write-html';
import { writeMarkdown } from '../core/briefing/writers/write-markdown';
import type { BriefingFormat } from '../core/briefing/briefing-formats';
import type { BriefingDocument } from '../core/briefing/document/briefing-document';

export type BriefingWriter = (doc: BriefingDocument) => Uint8Array | string | Promise<Uint8Array | string>;

export const BRIEF_WRITERS: Record<BriefingFormat, BriefingWriter | null> = {
  md: writeMarkdown,
  // Links back use the desktop app's `evidence:` form: a file written by the CLI is opened beside the app.
  html: (doc) => writeHtml(doc, { links: 'desktop' }),
  docx: async (doc) => (await import('../core/briefing/document/write-briefing-docx')).writeBriefingDocx(doc),
  pdf: async (doc) => {
    const [{ writeBriefingPdf }, { loadBriefingFonts }] = await Promise.all([
      import('../core/briefing/document/pdf/write-briefing-pdf'),
      import('../node-shared/briefing-fonts'),
    ]);
    return writeBriefingPdf(doc, await loadBriefingFonts(doc));
  },
};
