// Writes a library as a REFI-QDA project (the `project.qde` inside a .qdpx) and the texts that go beside it:
// researchers as Users, tags as the CodeBook, each live source a TextSource whose text is a file in the
// package's Sources folder, each claim a PlainTextSelection in its source with a Coding per tag, and a
// claim's note and statement as Notes the selection refers to (named "Note" and "Statement", which is how
// they are told apart when read back). Positions are written in characters (code points), as the standard
// counts them. What the format cannot carry (claim kinds and typed fields, status, page, deleted records,
// source metadata, briefings) is listed in the README's table of formats.
import type { Claim, Library, Source } from '../../model/records';
import { indexCodePoints, type CodePointIndex } from './code-points';
import { guidOf } from './qda-guid';
import { writeCodes } from './write-codes';
import { escapeXmlText, writeAttributes } from './xml-text';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const WRITER_NAME = 'Evidence workbench';

/** How long a selection's name (its quote, shown in other tools' lists) may be, in characters. */
const NAME_LENGTH = 200;

export type WrittenProject = {
  xml: string;
  /** The package's text files by path ("Sources/<guid>.txt"), one per source written. */
  texts: Map<string, string>;
};

export function writeProject(library: Library, now: string): WrittenProject {
  const researchers = library.researchers.filter((r) => !r.deleted);
  const known = new Set(researchers.map((r) => r.id));
  const user = (id: string) => (known.has(id) ? guidOf(id) : undefined);
  const sources = library.sources.filter((s) => !s.deleted);
  const liveTags = new Set(library.tags.filter((t) => !t.deleted).map((t) => t.id));
  const claimsBySource = new Map<string, Claim[]>();
  for (const claim of library.claims) {
    if (claim.deleted || claim.target.orphaned) continue;
    const list = claimsBySource.get(claim.sourceId);
    if (list) list.push(claim);
    else claimsBySource.set(claim.sourceId, [claim]);
  }

  const notes: string[] = [];
  const texts = new Map<string, string>();
  const sourceXml = sources.map((source) => {
    const guid = guidOf(source.id);
    texts.set(`Sources/${guid}.txt`, source.text);
    const points = indexCodePoints(source.text);
    const selections = (claimsBySource.get(source.id) ?? [])
      .map((claim) => writeSelection(claim, source, points, liveTags, user, notes))
      .join('');
    const attributes = writeAttributes([
      ['guid', guid],
      ['name', source.title || source.fileName],
      ['plainTextPath', `internal://${guid}.txt`],
      ['creatingUser', user(source.updatedBy)],
      ['creationDateTime', source.importedAt],
      ['modifyingUser', user(source.updatedBy)],
      ['modifiedDateTime', source.updatedAt],
    ]);
    return selections
      ? `    <TextSource${attributes}>\n${selections}    </TextSource>\n`
      : `    <TextSource${attributes}/>\n`;
  });

  const parts = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<Project${writeAttributes([
      ['xmlns', PROJECT_NAMESPACE],
      ['name', `${WRITER_NAME} library`],
      ['origin', WRITER_NAME],
      ['creationDateTime', now],
    ])}>\n`,
  ];
  if (researchers.length > 0) {
    const users = researchers.map(
      (r) =>
        `    <User${writeAttributes([
          ['guid', guidOf(r.id)],
          ['name', r.displayName],
        ])}/>\n`,
    );
    parts.push(`  <Users>\n${users.join('')}  </Users>\n`);
  }
  const codes = writeCodes(library.tags, '    ');
  if (codes) parts.push(`  <CodeBook>\n${codes}  </CodeBook>\n`);
  if (sourceXml.length > 0) parts.push(`  <Sources>\n${sourceXml.join('')}  </Sources>\n`);
  if (notes.length > 0) parts.push(`  <Notes>\n${notes.join('')}  </Notes>\n`);
  parts.push('</Project>\n');
  return { xml: parts.join(''), texts };
}

function writeSelection(
  claim: Claim,
  source: Source,
  points: CodePointIndex,
  liveTags: Set<string>,
  user: (id: string) => string | undefined,
  notes: string[],
): string {
  const [quote, position] = claim.target.selector;
  if (position.end > source.text.length || position.start > position.end) return '';
  const codings = claim.tagIds
    .filter((tagId) => liveTags.has(tagId))
    .map(
      (tagId) =>
        `        <Coding${writeAttributes([
          ['guid', guidOf(`${claim.id}/${tagId}`, 'coding')],
          ['creatingUser', user(claim.updatedBy)],
          ['creationDateTime', claim.updatedAt],
        ])}>\n          <CodeRef targetGUID="${guidOf(tagId)}"/>\n        </Coding>\n`,
    );
  const noteRefs: string[] = [];
  for (const [role, name, text] of [
    ['note', 'Note', claim.note],
    ['statement', 'Statement', claim.statement],
  ] as const) {
    if (!text) continue;
    const guid = guidOf(claim.id, role);
    noteRefs.push(`        <NoteRef targetGUID="${guid}"/>\n`);
    notes.push(
      `    <Note${writeAttributes([
        ['guid', guid],
        ['name', name],
        ['creatingUser', user(claim.createdBy)],
        ['creationDateTime', claim.createdAt],
        ['modifyingUser', user(claim.updatedBy)],
        ['modifiedDateTime', claim.updatedAt],
      ])}>\n      <PlainTextContent>${escapeXmlText(text)}</PlainTextContent>\n    </Note>\n`,
    );
  }
  const attributes = writeAttributes([
    ['guid', guidOf(claim.id)],
    ['name', truncate(quote.exact)],
    ['startPosition', String(points.toCodePoint(position.start))],
    ['endPosition', String(points.toCodePoint(position.end))],
    ['creatingUser', user(claim.createdBy)],
    ['creationDateTime', claim.createdAt],
    ['modifyingUser', user(claim.updatedBy)],
    ['modifiedDateTime', claim.updatedAt],
  ]);
  const body = codings.join('') + noteRefs.join('');
  return body
    ? `      <PlainTextSelection${attributes}>\n${body}      </PlainTextSelection>\n`
    : `      <PlainTextSelection${attributes}/>\n`;
}

function truncate(text: string): string {
  const characters = Array.from(text);
  return characters.length <= NAME_LENGTH ? text : `${characters.slice(0, NAME_LENGTH - 1).join('')}…`;
}
