// The briefing as one self-contained HTML file: inline CSS only, no scripts, no remote resources (its own
// Content-Security-Policy says so to the browser that opens it), every field escaped. Citations are
// superscript numbers linking to notes; each note is a <details> that opens the quoted passage with a few
// lines of context (no script needed) and links back into the workbench at that passage, in the desktop
// app's `evidence:` form or the web build's `index.html#source=…` form (core/briefing/passage-link.ts).
import { OCR_MARK } from '../../import/pdf/ocr-marking';
import { citationStyle } from '../csl/citation-styles';
import { buildPassageLink, type PassageLinkTarget } from '../passage-link';
import { BRIEFING_CSS } from './briefing-html-style';
import { escapeHtml } from './html-escape';
import type { Block, BriefingDocument, Citation, Inlines, Reference } from '../document/briefing-document';

export type HtmlWriterOptions = { links?: PassageLinkTarget };

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

export function writeHtml(doc: BriefingDocument, options: HtmlWriterOptions = {}): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${BRIEFING_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="briefing">',
    writeHtmlBody(doc, options),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The briefing's content without the page around it: what the app's preview shows. */
export function writeHtmlBody(doc: BriefingDocument, options: HtmlWriterOptions = {}): string {
  const links = options.links ?? 'desktop';
  return [
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="generated">Generated ${escapeHtml(doc.generatedAt)}. References in ${escapeHtml(citationStyle(doc.style).label)}.</p>`,
    ...doc.introduction.map((p) => `<p class="introduction">${escapeHtml(p)}</p>`),
    ...doc.sections.map((section) => {
      const blocks =
        section.kind === 'references' && doc.references.length > 0
          ? `<ul class="references">${doc.references.map((r) => `<li>${writeReference(r)}</li>`).join('')}</ul>`
          : section.blocks.map(writeBlock).join('\n');
      return `<section class="section-${section.kind}">\n<h2>${escapeHtml(section.heading)}</h2>\n${blocks}\n</section>`;
    }),
    doc.citations.length === 0
      ? ''
      : `<section class="section-notes">\n<h2>Citations</h2>\n<ol class="notes">\n${doc.citations.map((c) => writeNote(c, links)).join('\n')}\n</ol>\n</section>`,
  ]
    .filter(Boolean)
    .join('\n');
}

function writeInlines(content: Inlines): string {
  return content
    .map((part) =>
      part.type === 'cite'
        ? `<sup class="cite"><a href="#note-${part.n}">[${part.n}]</a></sup>`
        : escapeHtml(part.text),
    )
    .join('');
}

function writeBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return `<p>${writeInlines(block.content)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${writeInlines(item)}</li>`).join('')}</ul>`;
    case 'table':
      return [
        `<table><caption>${escapeHtml(block.caption)}</caption>`,
        `<thead><tr>${block.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${writeInlines(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
      ].join('\n');
  }
}

function writeReference(ref: Reference): string {
  if (!ref.url || !ref.text.includes(ref.url)) {
    const link = ref.url ? ` <a href="${escapeHtml(ref.url)}">${escapeHtml(ref.url)}</a>` : '';
    return `${escapeHtml(ref.text)}${link}`;
  }
  return ref.text
    .split(ref.url)
    .map(escapeHtml)
    .join(`<a href="${escapeHtml(ref.url)}">${escapeHtml(ref.url)}</a>`);
}

function writeNote(citation: Citation, links: PassageLinkTarget): string {
  const where = citation.ocr ? `${citation.locator} ${OCR_MARK}`.trim() : citation.locator;
  const locator = [where, citation.inText].filter(Boolean).map(escapeHtml).join(' · ');
  const unverified = citation.verified
    ? ''
    : ' <span class="unverified">unverified: not found exactly in the source’s text</span>';
  const passage = citation.verified
    ? `<blockquote class="passage"><span class="context">${escapeHtml(citation.context.before)}</span><mark>${escapeHtml(citation.quote)}</mark><span class="context">${escapeHtml(citation.context.after)}</span></blockquote>`
    : `<blockquote class="passage"><mark>${escapeHtml(citation.quote)}</mark></blockquote>`;
  const open = openLink(citation, links);
  return [
    `<li id="note-${citation.n}"><details>`,
    `<summary>“${escapeHtml(citation.quote)}” <span class="locator">— ${locator}</span>${unverified}</summary>`,
    passage,
    open,
    '</details></li>',
  ].join('');
}

function openLink(citation: Citation, links: PassageLinkTarget): string {
  if (!citation.passage) return '';
  try {
    const href = buildPassageLink({ sourceId: citation.sourceId, ...citation.passage }, links);
    return `<p><a class="open-passage" href="${escapeHtml(href)}">Open this passage in the workbench</a></p>`;
  } catch {
    // A source id that is not one of ours cannot make a link; the note still shows the passage.
    return '';
  }
}
