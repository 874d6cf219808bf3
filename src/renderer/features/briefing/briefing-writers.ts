// The app's briefing writers, one per format, each a function of the document (and where its links point,
// and the host for printing) returning the file's bytes or text. Markdown, HTML and Word come from core;
// PDF is printed by the desktop host from the HTML, or written by core's pdf-lib writer in the browser.
// A null entry would leave its Format option disabled.
import { writeHtml } from '../../../core/briefing/writers/write-html';
import { writeMarkdown } from '../../../core/briefing/writers/write-markdown';
import type { BriefingFormat } from '../../../core/briefing/briefing-formats';
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import type { PassageLinkTarget } from '../../../core/briefing/passage-link';
import { writeBriefingDocx } from '../../../core/briefing/document/write-briefing-docx';
import type { Platform } from '../../../core/model/platform';
import { briefingPdfBytes } from './briefing-pdf-bytes';

export type BriefingWriterContext = { links: PassageLinkTarget; platform: Pick<Platform, 'printPdf'> };
export type BriefingWriter = (
  doc: BriefingDocument,
  context: BriefingWriterContext,
) => Uint8Array | string | Promise<Uint8Array | string>;

export const BRIEFING_WRITERS: Record<BriefingFormat, BriefingWriter | null> = {
  md: (doc) => writeMarkdown(doc),
  html: (doc, { links }) => writeHtml(doc, { links }),
  docx: (doc) => writeBriefingDocx(doc),
  // The same HTML as the HTML export, printed, so the PDF looks like it; pdf-lib where no host prints.
  pdf: (doc, { links, platform }) => briefingPdfBytes(doc, platform, (d) => writeHtml(d, { links })),
};
