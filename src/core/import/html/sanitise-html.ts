// The seam for showing HTML (rendered Markdown, a page preview) safely. Core stores text, never a page's
// HTML, so nothing here runs during import; a host that displays HTML injects a sanitiser (the renderer
// wraps DOMPurify) and configures it with these rules so scripts, frames, event handlers and
// javascript: URLs never reach a live document.

/** Returns HTML safe to insert into the app's own document. */
export type SanitiseHtml = (html: string) => string;

/**
 * DOMPurify options for display: DOMPurify already strips scripts, on* handlers and javascript: URLs;
 * these also forbid embedded content and styling that could reach the network or cover the app's UI.
 */
export const SANITISE_OPTIONS = {
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'base', 'meta', 'link'],
  FORBID_ATTR: ['style', 'srcset', 'formaction', 'action'],
  ALLOW_DATA_ATTR: false,
  // Only same-document, web and mail links; DOMPurify's default also allows other schemes.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
} as const;
