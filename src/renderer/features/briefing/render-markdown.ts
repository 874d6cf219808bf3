// Markdown to safe HTML for the briefing preview: marked renders, DOMPurify removes anything executable
// (quotes come from imported documents, so they are untrusted).
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  // No styles either: the preview must look like the app, whatever a quoted document contained.
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style'],
    FORBID_ATTR: ['style'],
  });
}
