// Turns one PlainTextSelection into a quote claim on its source: the positions (characters, as the
// standard counts them) mapped onto our text, its Codings onto the imported tags, and the notes it refers
// to onto the claim's statement (a note named "Statement", as we write it) and note (any other, and the
// selection's own Description). A claim already in the library (same GUID: it went out and came back) keeps
// everything the format does not carry (kind, typed fields, status, page) and becomes a newer version only
// when something the format carries changed, so work done in the other tool is not lost on the way back.
import { describeRange } from '../../anchoring/describe-range';
import { LIMITS } from '../../limits';
import type { Claim, ClaimTarget } from '../../model/records';
import { nextTimestamp } from '../../model/version-stamp';
import type { SkippedItem } from '../interchange-format';
import { guidOf, normaliseGuid } from './qda-guid';
import type { SourceText } from './read-source-text';
import { childNamed, childrenNamed, type XmlElement } from './read-xml-safely';

export type ReadNote = { name: string; text: string };

/** Where a selection lies in the source's text, or why it cannot be placed there. */
export type LocateSelection = (selection: XmlElement) => { start: number; end: number } | { why: string };

export type SelectionContext = {
  sourceId: string;
  sourceTitle: string;
  /** The source's text as the library keeps it, which the claims' selectors describe. */
  text: string;
  locate: LocateSelection;
  /** GUIDs of the project's codes → the ids of the tags they became. */
  tagIdOfGuid: Map<string, string>;
  notes: Map<string, ReadNote>;
  /** Note GUIDs some selection used, so the rest can be reported. */
  usedNotes: Set<string>;
  /** The library's claims by the GUID each is written under (guidOf its id). */
  existing: Map<string, Claim>;
  /** The researcher id for a user GUID, or the importing researcher when the file names none we know. */
  researcherOf(userGuid: string | undefined): string;
  now: string;
};

export function readSelection(
  selection: XmlElement,
  ctx: SelectionContext,
  skipped: SkippedItem[],
): Claim | null {
  const what = `A coded passage in "${ctx.sourceTitle}"`;
  const range = ctx.locate(selection);
  if ('why' in range) {
    skipped.push({ what, why: range.why });
    return null;
  }
  if (range.end - range.start > LIMITS.quote) {
    skipped.push({
      what,
      why: `it is longer than the longest quote a claim can hold (${LIMITS.quote} characters)`,
    });
    return null;
  }
  const tagIds: string[] = [];
  for (const coding of childrenNamed(selection, 'Coding')) {
    const guid = normaliseGuid(childNamed(coding, 'CodeRef')?.attributes.targetGUID);
    const id = guid ? ctx.tagIdOfGuid.get(guid) : undefined;
    if (id) {
      if (!tagIds.includes(id)) tagIds.push(id);
    } else
      skipped.push({
        what: `A coding in "${ctx.sourceTitle}"`,
        why: 'it names a code the codebook does not have',
      });
  }
  const noteParts: string[] = [];
  let statement = '';
  const description = childNamed(selection, 'Description')?.text;
  if (description) noteParts.push(description);
  for (const ref of childrenNamed(selection, 'NoteRef')) {
    const id = normaliseGuid(ref.attributes.targetGUID) ?? '';
    const note = ctx.notes.get(id);
    if (!note) {
      skipped.push({
        what: `A note on a passage in "${ctx.sourceTitle}"`,
        why: 'the project does not contain it',
      });
      continue;
    }
    ctx.usedNotes.add(id);
    if (note.name === 'Statement' && !statement && note.text.length <= LIMITS.statement)
      statement = note.text;
    else noteParts.push(note.text);
  }
  const read = {
    target: {
      source: ctx.sourceId,
      selector: describeRange(ctx.text, range.start, range.end),
    } as ClaimTarget,
    tagIds,
    note: noteParts.join('\n\n').slice(0, LIMITS.note),
    statement,
  };
  const guid = normaliseGuid(selection.attributes.guid);
  const current = guid ? ctx.existing.get(guid) : undefined;
  const id =
    guid && (!current || current.sourceId === ctx.sourceId)
      ? (current?.id ?? guid)
      : // No usable GUID, or the GUID of a claim on another source here: one derived from what it marks.
        guidOf(`${selection.attributes.guid ?? ''}/${ctx.sourceId}/${range.start}/${range.end}`, 'claim');
  const createdAt = readTime(selection.attributes.creationDateTime, ctx.now) ?? ctx.now;
  const modifiedAt = readTime(selection.attributes.modifiedDateTime, ctx.now) ?? createdAt;
  const author = ctx.researcherOf(selection.attributes.modifyingUser ?? selection.attributes.creatingUser);
  if (current && id === current.id) return updateClaim(current, read, modifiedAt, author);
  return {
    id,
    sourceId: ctx.sourceId,
    ...read,
    kind: 'quote',
    fields: {},
    status: 'accepted',
    createdAt,
    createdBy: ctx.researcherOf(selection.attributes.creatingUser),
    updatedAt: modifiedAt < createdAt ? createdAt : modifiedAt,
    updatedBy: author,
    deleted: false,
  };
}

type Carried = Pick<Claim, 'target' | 'tagIds' | 'note' | 'statement'>;

function updateClaim(current: Claim, read: Carried, modifiedAt: string, author: string): Claim {
  // A claim deleted here stays deleted: the other tool's copy predates the delete.
  if (current.deleted) return current;
  const [, position] = current.target.selector;
  const [, readPosition] = read.target.selector;
  const samePlace =
    position.start === readPosition.start && position.end === readPosition.end && !current.target.orphaned;
  const sameTags =
    current.tagIds.length === read.tagIds.length && read.tagIds.every((id) => current.tagIds.includes(id));
  if (samePlace && sameTags && current.note === read.note && current.statement === read.statement)
    return current;
  return {
    ...current,
    target: samePlace ? current.target : read.target,
    tagIds: sameTags ? current.tagIds : read.tagIds,
    note: read.note,
    statement: read.statement,
    updatedAt: nextTimestamp(modifiedAt, current.updatedAt),
    updatedBy: author,
  };
}

/** Places a PlainTextSelection by its start and end positions in the text it belongs to. */
export function locateByPosition(text: SourceText): LocateSelection {
  return (selection) =>
    findPosition(selection, text) ?? { why: 'its start and end positions are missing or outside the text' };
}

function findPosition(selection: XmlElement, text: SourceText): { start: number; end: number } | null {
  const start = Number(selection.attributes.startPosition);
  const end = Number(selection.attributes.endPosition);
  const asCharacters = { start: text.toOffset(start, 'code-point'), end: text.toOffset(end, 'code-point') };
  // The standard counts characters; some tools count UTF-16 units. When the selection's name is the text
  // it marks, it tells which (only when the two readings differ, that is, after an emoji or a rare character).
  const name = selection.attributes.name;
  if (name && text.text.slice(asCharacters.start, asCharacters.end) !== name) {
    const asUnits = { start: text.toOffset(start, 'utf-16'), end: text.toOffset(end, 'utf-16') };
    if (asUnits.start >= 0 && asUnits.end >= 0 && text.text.slice(asUnits.start, asUnits.end) === name)
      return asUnits;
  }
  if (asCharacters.start < 0 || asCharacters.end <= asCharacters.start) return null;
  return asCharacters;
}

/**
 * An xsd:dateTime as our ISO form (a time without a zone is taken as UTC), or undefined when absent or
 * unreadable. A time after `now` (another computer's clock running ahead) is taken as `now`: a record from
 * the future would win every merge, and the bundle's checks refuse one.
 */
export function readTime(value: string | undefined, now: string): string | undefined {
  if (!value) return undefined;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value.trim()) ? value.trim() : `${value.trim()}Z`;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms) || ms < Date.parse('0000-01-01T00:00:00Z')) return undefined;
  return ms > Date.parse(now) ? now : new Date(ms).toISOString();
}
