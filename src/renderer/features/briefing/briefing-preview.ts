// The part of a briefing the dialog draws. A briefing of a whole library cites tens of thousands of
// passages; drawing them all would hold the window for seconds and show nobody anything more. The preview
// is the document's start: citations are numbered by first use, so keeping the blocks, rows and items
// whose citations are all among the first `limit`, and those citations, gives a document that reads as
// the real one up to that point (its notes still numbered 1, 2, 3 …). The export is always the whole.
import type {
  Block,
  BriefingDocument,
  Inlines,
  Section,
} from '../../../core/briefing/document/briefing-document';

export const PREVIEW_CITATIONS = 300;

const within = (content: Inlines, limit: number) =>
  content.every((part) => part.type !== 'cite' || part.n <= limit);

function trimBlock(block: Block, limit: number): Block | null {
  switch (block.type) {
    case 'heading':
      return block;
    case 'paragraph':
      return within(block.content, limit) ? block : null;
    case 'list': {
      const items = block.items.filter((item) => within(item, limit));
      return items.length > 0 ? { ...block, items } : null;
    }
    case 'table': {
      const rows = block.rows.filter((row) => row.every((cell) => within(cell, limit)));
      return rows.length > 0 ? { ...block, rows } : null;
    }
  }
}

function trimSection(section: Section, limit: number): Section {
  const blocks: Block[] = [];
  for (const block of section.blocks) {
    const kept = trimBlock(block, limit);
    if (kept) blocks.push(kept);
  }
  return { ...section, blocks };
}

/** The document as the preview shows it: whole when it has at most `limit` citations. */
export function previewOf(doc: BriefingDocument, limit = PREVIEW_CITATIONS): BriefingDocument {
  return doc.citations.length <= limit ? doc : startOf(doc, limit);
}

/**
 * The document up to its `limit`th citation, whatever it holds: also a document finished for its first
 * citations only (core's `finishBriefing` with `onlyFirst`), whose sections cite more than it wrote.
 */
export function startOf(doc: BriefingDocument, limit = PREVIEW_CITATIONS): BriefingDocument {
  const citations = doc.citations.filter((c) => c.n <= limit);
  const cited = new Set(citations.map((c) => c.reference));
  // Only the references those citations name, renumbered, so each citation still finds its own.
  const renumbered = new Map<number, number>();
  doc.references.forEach((_, i) => {
    if (cited.has(i)) renumbered.set(i, renumbered.size);
  });
  const references = doc.references.filter((_, i) => cited.has(i));
  return {
    ...doc,
    sections: doc.sections.map((section) =>
      section.kind === 'references'
        ? {
            ...section,
            blocks: [{ type: 'list', items: references.map((r) => [{ type: 'text', text: r.text }]) }],
          }
        : trimSection(section, limit),
    ),
    citations: citations.map((c) => ({ ...c, reference: renumbered.get(c.reference) ?? -1 })),
    references,
  };
}
