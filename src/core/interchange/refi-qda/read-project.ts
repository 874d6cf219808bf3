// Reads a REFI-QDA project (the parsed project.qde and the package's files) into a library: Users become
// researchers, the CodeBook tags, each text source (a TextSource; a PDF read from the package, or through
// the text Representation the project carries, see read-pdf-source.ts) a source, and each
// PlainTextSelection, and each coded PDF area placed on the PDF's text, a quote claim. What the workbench
// cannot hold is listed in `skipped` with the reason, never dropped silently: pictures, audio, video, PDFs
// without their text, areas that cannot be placed, sources whose text is not in the package, whole-source
// codings, notes not attached to a passage, cases, variables, sets, links and graphs.
import type { Claim, Library, Researcher, Source } from '../../model/records';
import { EXTRACTOR_VERSIONS } from '../../text/text-definition';
import { sha256Hex } from '../../text/hash';
import { LIMITS } from '../../limits';
import type { InterchangeImport, ReadContext, SkippedItem } from '../interchange-format';
import { includeReferences } from './include-references';
import { guidOf, normaliseGuid } from './qda-guid';
import { orDefault, readCodes } from './read-codes';
import { readPdfSource, type PdfSourceReader } from './read-pdf-source';
import {
  locateByPosition,
  readSelection,
  readTime,
  type ReadNote,
  type SelectionContext,
} from './read-selection';
import { readSourceText, type SourceText } from './read-source-text';
import { eachElement } from './each-element';
import { childNamed, childrenNamed, type XmlElement } from './read-xml-safely';

const MEDIA = {
  PictureSource: 'a picture',
  AudioSource: 'an audio recording',
  VideoSource: 'a video',
} as const;
const UNREAD_PARTS = {
  Cases: 'cases',
  Variables: 'variables',
  Sets: 'sets',
  Links: 'links',
  Graphs: 'graphs',
} as const;

export async function readProject(
  project: XmlElement,
  files: Map<string, Uint8Array> | null,
  ctx: ReadContext,
  inflate?: (path: string) => Uint8Array | undefined,
): Promise<InterchangeImport> {
  const skipped: SkippedItem[] = [];
  const researchers = readUsers(project, ctx);
  const researcherOfGuid = new Map(researchers.map((r) => [guidOf(r.id), r.id]));
  const researcherOf = (guid: string | undefined) => {
    const normal = normaliseGuid(guid);
    return (normal && researcherOfGuid.get(normal)) ?? ctx.researcherId;
  };
  const codebook = childNamed(project, 'CodeBook');
  const tags = readCodes(
    codebook && childNamed(codebook, 'Codes'),
    { ...ctx, existing: ctx.existing.tags },
    skipped,
  );
  const notes = readNotes(project, files);
  const usedNotes = new Set<string>();
  const sources = new Map<string, Source>();
  const claims = new Map<string, Claim>();
  const existingClaims = new Map(ctx.existing.claims.map((c) => [guidOf(c.id), c]));
  const existingSources = ctx.existing.sources.filter((s) => !s.deleted);
  const byGuid = new Map(existingSources.map((s) => [guidOf(s.id), s]));
  const tagIdOfGuid = new Map(tags.map((t) => [guidOf(t.id), t.id]));

  const readSelections: PdfSourceReader['readSelections'] = (source, title, selections, locate) => {
    const selectionCtx: SelectionContext = {
      sourceId: source.id,
      sourceTitle: title,
      text: source.text,
      locate,
      tagIdOfGuid,
      notes,
      usedNotes,
      existing: existingClaims,
      researcherOf,
      now: ctx.now,
    };
    for (const selection of selections) {
      const claim = readSelection(selection, selectionCtx, skipped);
      if (claim && claims.has(claim.id))
        skipped.push({
          what: `A coded passage in "${title}"`,
          why: 'another passage in the file has the same GUID',
        });
      else if (claim) claims.set(claim.id, claim);
    }
  };

  const addTextSource: PdfSourceReader['addTextSource'] = async (element, text, title, selections) => {
    const guid = normaliseGuid(element.attributes.guid);
    const textHash = await sha256Hex(text.text);
    const known =
      (guid ? byGuid.get(guid) : undefined) ?? existingSources.find((s) => s.textHash === textHash);
    const source: Source =
      known && known.textHash === textHash
        ? known
        : await makeSource(element, text, title, textHash, ctx, researcherOf);
    sources.set(source.id, source);
    readSelections(source, title, selections, locateByPosition(text));
    reportSourceCodings(element, title, skipped);
  };

  const originals = new Map<string, Uint8Array>();
  const pdfReader: PdfSourceReader = {
    files,
    ...(inflate ? { inflate } : {}),
    ctx,
    skipped,
    addTextSource,
    addFileSource(element, made, original) {
      // The same bytes are the same source: the library's record (and its text) wins over a new reading.
      const source = existingSources.find((s) => s.id === made.id) ?? made;
      sources.set(source.id, source);
      originals.set(source.id, original);
      reportSourceCodings(element, source.title, skipped);
      return source;
    },
    readSelections,
  };

  for (const element of childNamed(project, 'Sources')?.children ?? []) {
    const title = orDefault(element.attributes.name, 'Untitled source');
    if (element.name === 'TextSource') {
      const found = readSourceText(element, files);
      if ('missing' in found)
        skipped.push({ what: `Source "${title}"`, why: missingWhy(found.missing, element) });
      else if (found.text.text.length > LIMITS.sourceText)
        skipped.push({ what: `Source "${title}"`, why: 'its text is longer than a source can hold' });
      else await addTextSource(element, found.text, title, childrenNamed(element, 'PlainTextSelection'));
    } else if (element.name === 'PDFSource') {
      await readPdfSource(element, title, pdfReader);
    } else if (element.name in MEDIA) {
      skipped.push({
        what: `Source "${title}"`,
        why: `it is ${MEDIA[element.name as keyof typeof MEDIA]}, which the workbench cannot hold${codingCount(element)}`,
      });
    } else
      skipped.push({
        what: `Source "${title}"`,
        why: `its kind (${element.name}) is not one the workbench knows`,
      });
  }

  const unused = [...notes.keys()].filter((id) => !usedNotes.has(id)).length;
  if (unused > 0)
    skipped.push({
      what: `${unused} note${unused === 1 ? '' : 's'}`,
      why: 'notes on the project, a code or a whole source have no passage to attach to',
    });
  for (const [part, words] of Object.entries(UNREAD_PARTS)) {
    const element = childNamed(project, part);
    if (element && element.children.length > 0)
      skipped.push({
        what: `${element.children.length} ${element.children.length === 1 ? words.slice(0, -1) : words}`,
        why: `the workbench has no ${words}`,
      });
  }

  const library: Library = {
    researchers,
    tags,
    sources: [...sources.values()],
    claims: [...claims.values()],
    briefings: [],
  };
  const read = { library: includeReferences(library, ctx), skipped };
  return originals.size > 0 ? { ...read, originals } : read;
}

async function makeSource(
  element: XmlElement,
  text: SourceText,
  title: string,
  textHash: string,
  ctx: ReadContext,
  researcherOf: (guid: string | undefined) => string,
): Promise<Source> {
  const id = await sha256Hex(text.bytes);
  const path = element.attributes.plainTextPath ?? '';
  const fileName =
    /([^/\\]+)$/.exec(path.replace(/^internal:\/\//i, ''))?.[1] ?? `${title.slice(0, 100)}.txt`;
  return {
    id,
    textHash,
    title: title.slice(0, LIMITS.title),
    format: 'txt',
    fileName: fileName.slice(0, LIMITS.shortText),
    extractorVersion: EXTRACTOR_VERSIONS.txt,
    metadata: { type: 'document', title: title.slice(0, LIMITS.title) },
    text: text.text,
    importedAt: ctx.now,
    updatedAt: readTime(element.attributes.modifiedDateTime, ctx.now) ?? ctx.now,
    updatedBy: researcherOf(element.attributes.modifyingUser ?? element.attributes.creatingUser),
    deleted: false,
  };
}

function readUsers(project: XmlElement, ctx: ReadContext): Researcher[] {
  // Our researchers were written under guidOf(id); read back, each GUID names the one it was written from.
  const existing = new Map(ctx.existing.researchers.map((r) => [guidOf(r.id), r]));
  const users = childNamed(project, 'Users');
  const researchers = new Map<string, Researcher>();
  for (const user of users ? childrenNamed(users, 'User') : []) {
    const guid = normaliseGuid(user.attributes.guid);
    if (!guid) continue;
    const id = existing.get(guid)?.id ?? guid;
    if (researchers.has(id)) continue;
    const name = orDefault(user.attributes.name, orDefault(user.attributes.id, `User ${id.slice(0, 8)}`));
    researchers.set(
      id,
      existing.get(guid) ?? {
        id,
        displayName: name.slice(0, LIMITS.shortText),
        updatedAt: ctx.now,
        updatedBy: id,
        deleted: false,
      },
    );
  }
  return [...researchers.values()];
}

/** The project's Notes by GUID, with their text (inline, or a text file in the package). */
function readNotes(project: XmlElement, files: Map<string, Uint8Array> | null): Map<string, ReadNote> {
  const notes = new Map<string, ReadNote>();
  for (const note of childrenNamed(childNamed(project, 'Notes') ?? project, 'Note')) {
    const id = normaliseGuid(note.attributes.guid);
    // Inline note text is kept exactly (a note is not a source: its line endings are its own).
    const inline = childNamed(note, 'PlainTextContent')?.text;
    const found = inline === undefined ? readSourceText(note, files) : null;
    const text = inline ?? (found && 'text' in found ? found.text.text : undefined);
    if (id && text !== undefined) notes.set(id, { name: (note.attributes.name ?? '').trim(), text });
  }
  return notes;
}

function reportSourceCodings(element: XmlElement, title: string, skipped: SkippedItem[]): void {
  const count = childrenNamed(element, 'Coding').length;
  if (count > 0)
    skipped.push({
      what: `${count} coding${count === 1 ? '' : 's'} of the whole of "${title}"`,
      why: 'a code applied to a whole source has no passage for a claim to quote',
    });
}

function codingCount(element: XmlElement): string {
  let count = 0;
  eachElement(element, (node) => {
    if (node.name === 'Coding') count += 1;
  });
  return count > 0 ? `; its ${count} coding${count === 1 ? ' was' : 's were'} not brought in` : '';
}

function missingWhy(missing: string, element: XmlElement): string {
  const selections = childrenNamed(element, 'PlainTextSelection').length;
  return selections > 0
    ? `${missing}; its ${selections} coded passage${selections === 1 ? ' was' : 's were'} not brought in`
    : missing;
}
