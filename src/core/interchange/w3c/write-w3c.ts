// A library, or a filtered set of its claims, as a W3C Web Annotation collection (JSON-LD): an
// AnnotationCollection whose AnnotationPages, chained by `next`, hold one Annotation per live claim.
// A quote claim is `highlighting`, the others `describing`; tags are `tagging` bodies; the note and the
// statement are `commenting` bodies; the claim's kind, typed fields and status are a body of our own
// vocabulary. The target is a SpecificResource on the source (urn:sha256 of its bytes, its URL where known)
// with a TextQuoteSelector and a TextPositionSelector counted in code points, as the standard counts.
import type { Claim, Library, Researcher, Source, Tag } from '../../model/records';
import { offsetConverter, type OffsetConverter } from '../code-points';
import {
  ANNO_CONTEXT,
  CLAIM_IRI,
  EVIDENCE_CONTEXT,
  RESEARCHER_IRI,
  SHA256_URN,
  TAG_IRI,
} from './w3c-vocabulary';

/** Annotations per AnnotationPage. */
export const PAGE_SIZE = 200;

type Json = Record<string, unknown>;

const MIME_TYPES: Record<Source['format'], string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function person(id: string, researchers: Map<string, Researcher>): Json {
  const name = researchers.get(id)?.displayName;
  return { id: `${RESEARCHER_IRI}${id}`, type: 'Person', ...(name ? { name } : {}) };
}

function tagBody(tag: Tag): Json {
  return { type: 'TextualBody', purpose: 'tagging', value: tag.name, id: `${TAG_IRI}${tag.id}` };
}

function claimBody(claim: Claim): Json {
  const f = claim.fields;
  const optional: Json = {
    figureValue: f.value,
    figureUnit: f.unit,
    approximate: f.approximate,
    startDate: f.startDate,
    endDate: f.endDate,
    datePrecision: f.precision,
    actor: f.actor,
    stance: f.stance,
    topic: f.topic,
    totalOf: f.totalOf?.map((id) => `${CLAIM_IRI}${id}`),
    page: claim.target.page,
    orphaned: claim.target.orphaned,
    previousQuote: claim.target.previousQuote,
  };
  return {
    type: 'EvidenceClaim',
    purpose: 'describing',
    claimKind: claim.kind,
    claimStatus: claim.status,
    updatedBy: `${RESEARCHER_IRI}${claim.updatedBy}`,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
}

function annotation(
  claim: Claim,
  source: Source,
  convert: OffsetConverter,
  tags: Map<string, Tag>,
  researchers: Map<string, Researcher>,
): Json {
  const [quote, position] = claim.target.selector;
  const comments = [
    ['statement', claim.statement],
    ['note', claim.note],
  ].filter(([, text]) => text !== '');
  const body = [
    claimBody(claim),
    ...comments.map(([role, value]) => ({
      type: 'TextualBody',
      purpose: 'commenting',
      claimRole: role,
      value,
      format: 'text/plain',
    })),
    ...claim.tagIds.flatMap((id) => {
      const tag = tags.get(id);
      return tag ? [tagBody(tag)] : [];
    }),
  ];
  const url = source.metadata.URL;
  return {
    id: `${CLAIM_IRI}${claim.id}`,
    type: 'Annotation',
    motivation: claim.kind === 'quote' ? 'highlighting' : 'describing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: person(claim.createdBy, researchers),
    body,
    target: {
      type: 'SpecificResource',
      source: {
        id: `${SHA256_URN}${source.id}`,
        type: 'Text',
        format: MIME_TYPES[source.format],
        title: source.title,
        textHash: source.textHash,
        ...(url ? { webAddress: url } : {}),
      },
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        {
          type: 'TextPositionSelector',
          start: convert.toCodePoints(position.start),
          end: convert.toCodePoints(position.end),
        },
      ],
    },
  };
}

function codebookEntry(tag: Tag): Json {
  return {
    id: `${TAG_IRI}${tag.id}`,
    type: 'EvidenceTag',
    tagName: tag.name,
    ...(tag.parentId ? { parentTag: `${TAG_IRI}${tag.parentId}` } : {}),
    colour: tag.colour,
    tagDescription: tag.description,
    modified: tag.updatedAt,
    updatedBy: `${RESEARCHER_IRI}${tag.updatedBy}`,
  };
}

export type W3cExportOptions = { now: string; claimIds?: ReadonlySet<string> };

/** The collection as a JSON value; `claimIds` limits it to those claims (a filtered export). */
export function buildAnnotationCollection(library: Library, options: W3cExportOptions): Json {
  const sources = new Map(library.sources.map((s) => [s.id, s]));
  const liveTags = library.tags.filter((t) => !t.deleted);
  const tags = new Map(liveTags.map((t) => [t.id, t]));
  const researchers = new Map(library.researchers.map((r) => [r.id, r]));
  const converters = new Map<string, OffsetConverter>();
  const items: Json[] = [];
  for (const claim of library.claims) {
    if (claim.deleted || (options.claimIds && !options.claimIds.has(claim.id))) continue;
    const source = sources.get(claim.sourceId);
    if (!source || source.deleted) continue;
    let convert = converters.get(source.id);
    if (!convert) converters.set(source.id, (convert = offsetConverter(source.text)));
    items.push(annotation(claim, source, convert, tags, researchers));
  }
  const collectionId = `urn:evidence-workbench:export:${options.now}`;
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  // Pages are embedded, each holding the next, so one file is the whole collection.
  let next: Json | undefined;
  for (let n = pageCount - 1; n >= 0; n--) {
    next = {
      id: `${collectionId}:page:${n + 1}`,
      type: 'AnnotationPage',
      partOf: collectionId,
      startIndex: n * PAGE_SIZE,
      items: items.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE),
      ...(next ? { next } : {}),
    };
  }
  return {
    '@context': [ANNO_CONTEXT, EVIDENCE_CONTEXT],
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Evidence workbench claims',
    generator: { id: 'urn:evidence-workbench', type: 'Software', name: 'Evidence workbench' },
    generated: options.now,
    total: items.length,
    codebook: liveTags.map(codebookEntry),
    first: next,
  };
}
