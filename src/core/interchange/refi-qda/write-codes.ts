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
  const writeCode = (tag: Tag, depth: string, seen: Set<string>): string => {
    // A cycle in the parent links cannot be nested; the check keeps a damaged tree from looping.
    if (seen.has(tag.id)) return '';
    seen.add(tag.id);
    const attributes = writeAttributes([
      ['guid', guidOf(tag.id)],
      ['name', tag.name],
      ['isCodable', 'true'],
      ['color', /^#[0-9a-fA-F]{6}$/.test(tag.colour) ? tag.colour.toUpperCase() : undefined],
    ]);
    const description = tag.description
      ? `${depth}  <Description>${escapeXmlText(tag.description)}</Description>\n`
      : '';
    const children = (childrenOf.get(tag.id) ?? [])
      .map((child) => writeCode(child, `${depth}  `, seen))
      .join('');
    if (!description && !children) return `${depth}<Code${attributes}/>\n`;
    return `${depth}<Code${attributes}>\n${description}${children}${depth}</Code>\n`;
  };
  const seen = new Set<string>();
  const top = (childrenOf.get(null) ?? []).map((tag) => writeCode(tag, `${indent}  `, seen)).join('');
  return top ? `${indent}<Codes>\n${top}${indent}</Codes>\n` : '';
}
