// The codebook on its own, as a CSV file a team can agree on before coding: one row per live tag with its
// name, its parent's path ("Parent/Child", see tag-path.ts), its colour and its description, parents
// before children. Reading one checks the whole file first and names every bad row; importing it creates
// the tags that are missing (and any missing parents on their paths), updates the colour and description
// of tags found at the same path (names compared ignoring case; a blank colour or description keeps the
// tag's own), and never deletes or renames a tag.
import { LIMITS } from '../limits';
import type { Tag } from '../model/records';
import { stampVersion, type Actor } from '../model/version-stamp';
import { formatCsv, parseCsv } from './csv-text';
import { normaliseTagName } from './edit-tags';
import { pickTagColour } from './tag-palette';
import { formatTagPath, parseTagPath } from './tag-path';
import { flattenTagTree } from './tag-tree';

export const CODEBOOK_HEADER = ['name', 'parent path', 'colour', 'description'] as const;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function writeCodebookCsv(tags: readonly Tag[]): string {
  const rows = flattenTagTree(tags).map(({ tag, path }) => [
    tag.name,
    formatTagPath(path.slice(0, -1)),
    tag.colour,
    tag.description,
  ]);
  return formatCsv([[...CODEBOOK_HEADER], ...rows]);
}

/** One tag as the file describes it: its path of names, and the colour and description when given. */
export type CodebookRow = { path: string[]; colour?: string; description: string };
export type ReadCodebook = { ok: true; rows: CodebookRow[] } | { ok: false; error: string };

function readRow(cells: string[]): CodebookRow | string {
  if (cells.length !== CODEBOOK_HEADER.length)
    return `has ${cells.length} cells, not ${CODEBOOK_HEADER.length}`;
  const [rawName, rawParent, rawColour, description] = cells as [string, string, string, string];
  const name = normaliseTagName(rawName);
  if (!name) return 'has no name';
  if (name.length > LIMITS.shortText) return `has a name longer than ${LIMITS.shortText} characters`;
  const parent = rawParent.trim() === '' ? { ok: true as const, names: [] } : parseTagPath(rawParent);
  if (!parent.ok) return `parent path ${parent.error}`;
  const colour = rawColour.trim();
  if (colour !== '' && !COLOUR.test(colour)) return `colour "${colour}" is not written like #1f77b4`;
  if (description.length > LIMITS.description)
    return `description is longer than ${LIMITS.description} characters`;
  return { path: [...parent.names, name], ...(colour ? { colour: colour.toLowerCase() } : {}), description };
}

const keyOf = (path: readonly string[]): string => JSON.stringify(path.map((n) => n.toLocaleLowerCase()));

export function readCodebookCsv(text: string): ReadCodebook {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, error: `This is not a readable CSV file: ${parsed.error}.` };
  const lines = parsed.rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(',') !== CODEBOOK_HEADER.join(',')) {
    return { ok: false, error: `The first line must be the header: ${CODEBOOK_HEADER.join(',')}.` };
  }
  const problems: string[] = [];
  const rows: CodebookRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((cells, i) => {
    const row = readRow(cells);
    const at = i + 2;
    if (typeof row === 'string') problems.push(`row ${at} ${row}`);
    else if (seen.has(keyOf(row.path)))
      problems.push(`row ${at} repeats the tag of row ${seen.get(keyOf(row.path))}`);
    else {
      seen.set(keyOf(row.path), at);
      rows.push(row);
    }
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    return { ok: false, error: `The codebook was not imported: ${shown}${more}.` };
  }
  return { ok: true, rows };
}

export type CodebookImport = { created: Tag[]; updated: Tag[]; unchanged: number };

/** The tag versions to write for these rows (see the module comment); `newId` names each created tag. */
export function planCodebookImport(
  tags: readonly Tag[],
  rows: readonly CodebookRow[],
  actor: Actor,
  newId: () => string,
): CodebookImport {
  const byPath = new Map<string, Tag>();
  for (const node of flattenTagTree(tags)) {
    if (!byPath.has(keyOf(node.path))) byPath.set(keyOf(node.path), node.tag);
  }
  const live = tags.filter((t) => !t.deleted).length;
  const created: Tag[] = [];
  const updated: Tag[] = [];
  let unchanged = 0;
  const ensure = (path: string[], row?: CodebookRow): Tag => {
    const found = byPath.get(keyOf(path));
    if (found) return found;
    const parent = path.length > 1 ? ensure(path.slice(0, -1)) : null;
    const tag: Tag = {
      id: newId(),
      name: path[path.length - 1] as string,
      parentId: parent?.id ?? null,
      colour: row?.colour ?? pickTagColour(live + created.length),
      description: row?.description ?? '',
      ...stampVersion(actor),
      deleted: false,
    };
    created.push(tag);
    byPath.set(keyOf(path), tag);
    return tag;
  };
  for (const row of rows) {
    const existing = byPath.get(keyOf(row.path));
    if (!existing) {
      ensure(row.path, row);
      continue;
    }
    if (created.includes(existing)) {
      // Made earlier in this import as the parent of another row: take this row's own details.
      Object.assign(existing, {
        colour: row.colour ?? existing.colour,
        description: row.description || existing.description,
      });
      continue;
    }
    const colour = row.colour ?? existing.colour;
    const description = row.description || existing.description;
    if (colour === existing.colour && description === existing.description) unchanged += 1;
    else updated.push({ ...existing, colour, description, ...stampVersion(actor, existing) });
  }
  return { created, updated, unchanged };
}
