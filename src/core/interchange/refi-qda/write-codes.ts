// The codebook as REFI-QDA writes it, shared by the project (.qdpx) and the codebook file (.qdc): each
// live tag a Code, its children nested inside it, its colour as `color` and its description as the Code's
// Description. Deleted tags (and merged ones, which are deleted) are not written: the format has no
// tombstones. A tag whose parent is not written is written at the top level, so no tag is lost.
import type { Tag } from '../../model/records';
import { guidOf } from './qda-guid';
import { escapeXmlText, writeAttributes } from './xml-text';

/** The `<Codes>` element for the live tags, or '' when there are none (the element must not be empty). */
export function writeCodes(tags: Tag[], indent: string): string {
  const live = tags.filter((tag) => !tag.deleted);
  const ids = new Set(live.map((tag) => tag.id));
  const childrenOf = new Map<string | null, Tag[]>();
  for (const tag of live) {
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    const list = childrenOf.get(parent);
    if (list) list.push(tag);
    else childrenOf.set(parent, [tag]);
  }
  // Depth first with a stack of its own (not recursion), so a deeply nested codebook cannot overflow
  // the call stack: each entry either opens a Code (and schedules its children and its close) or closes one.
  const out: string[] = [];
  const seen = new Set<string>();
  type Step = { open: Tag; depth: string } | { close: string };
  const steps: Step[] = [];
  const schedule = (list: Tag[], depth: string) => {
    for (let i = list.length - 1; i >= 0; i--) steps.push({ open: list[i]!, depth });
  };
  schedule(childrenOf.get(null) ?? [], `${indent}  `);
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('close' in step) {
      out.push(step.close);
      continue;
    }
    const { open: tag, depth } = step;
    // A cycle in the parent links cannot be nested; the check keeps a damaged tree from looping.
    if (seen.has(tag.id)) continue;
    seen.add(tag.id);
    const attributes = writeAttributes([
      ['guid', guidOf(tag.id)],
      ['name', tag.name],
      ['isCodable', 'true'],
      ['color', /^#[0-9a-fA-F]{6}$/.test(tag.colour) ? tag.colour.toUpperCase() : undefined],
    ]);
    const children = (childrenOf.get(tag.id) ?? []).filter((child) => !seen.has(child.id));
    if (!tag.description && children.length === 0) {
      out.push(`${depth}<Code${attributes}/>\n`);
      continue;
    }
    out.push(`${depth}<Code${attributes}>\n`);
    if (tag.description) out.push(`${depth}  <Description>${escapeXmlText(tag.description)}</Description>\n`);
    steps.push({ close: `${depth}</Code>\n` });
    schedule(children, `${depth}  `);
  }
  const top = out.join('');
  return top ? `${indent}<Codes>\n${top}${indent}</Codes>\n` : '';
}
