// The HTML writer's output made safe for the app's preview: DOMPurify keeps the document's structure
// (headings, tables, lists, <details> notes, <mark>) and drops anything that could run or load: scripts,
// styles, images and media, forms, event handlers, and links other than the note anchors, links back
// into the workbench and http(s) addresses. The writer already escapes every field; this is the second lock.
import DOMPurify from 'dompurify';

const SAFE_LINK = /^(?:#note-\d+$|evidence:\/\/source\/|index\.html#source=|https?:\/\/)/i;

export function sanitiseBriefingHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: [
      'style',
      'img',
      'picture',
      'video',
      'audio',
      'source',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'link',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style', 'src', 'srcset', 'action', 'formaction', 'background', 'poster'],
    ALLOWED_URI_REGEXP: SAFE_LINK,
  });
}
