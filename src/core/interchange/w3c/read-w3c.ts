// A W3C Web Annotation file into foreign annotations: a collection (pages embedded, chained by `next`), a
// page, one annotation, or a list of them. Our own vocabulary (w3c-vocabulary.ts) is read back where
// present, so our export returns as the same claims and codebook; annotations from other tools keep their
// quote, position, comments and tags. Liberal in what it reads: `type` or `@type`, `oa:` prefixes, single
// values or lists, a body given as `bodyValue`.
import { tagSchema } from '../../exchange/record-schemas';
import type { Tag } from '../../model/records';
import type { ForeignAnnotation, ForeignAnnotations, ForeignPerson } from '../annotations/foreign-annotation';
import { asList, asString, hasType, isObject, type JsonObject } from '../read-json';
import { CLAIM_IRI, RESEARCHER_IRI, SHA256_URN, TAG_IRI, idFromIri } from './w3c-vocabulary';
import { appendAll } from '../../lists/append-all';

/** Pages followed at most: a loop of `next` links, or a file built to exhaust memory, stops here. */
const MAX_PAGES = 100_000;

function person(value: unknown): ForeignPerson | undefined {
  if (typeof value === 'string') return { id: idFromIri(value, RESEARCHER_IRI) ?? value };
  const node = asList(value).find(isObject);
  if (!node) return undefined;
  const iri = asString(node.id ?? node['@id']);
  const name = asString(node.name) ?? asString(node.nickname);
  return { id: idFromIri(iri, RESEARCHER_IRI) ?? iri, ...(name ? { name } : {}) };
}

function readTarget(annotation: JsonObject): Pick<ForeignAnnotation, 'document' | 'quote' | 'position'> {
  const targets = asList(annotation.target);
  const target = targets.find((t) => isObject(t) && t.selector !== undefined) ?? targets[0];
  if (!isObject(target)) {
    const iri = asString(target);
    return {
      document: iri?.startsWith(SHA256_URN) ? { sha256: iri.slice(SHA256_URN.length) } : { url: iri },
    };
  }
  const source = target.source;
  const node = isObject(source) ? source : {};
  const iri = asString(isObject(source) ? (source.id ?? source['@id']) : source);
  const document = {
    ...(iri?.startsWith(SHA256_URN) ? { sha256: iri.slice(SHA256_URN.length) } : iri ? { url: iri } : {}),
    ...(asString(node.webAddress) ? { url: asString(node.webAddress) } : {}),
    ...(asString(node.textHash) ? { textHash: asString(node.textHash) } : {}),
    ...(asString(node.title) ? { title: asString(node.title) } : {}),
  };
  const selectors = asList(target.selector).filter(isObject);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  const exact = asString(quote?.exact);
  const start = position?.start;
  const end = position?.end;
  return {
    document,
    ...(exact !== undefined
      ? { quote: { exact, prefix: asString(quote?.prefix), suffix: asString(quote?.suffix) } }
      : {}),
    ...(Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (end as number) >= (start as number)
      ? { position: { start: start as number, end: end as number } }
      : {}),
  };
}

function readAnnotation(node: JsonObject, index: number): ForeignAnnotation {
  const iri = asString(node.id ?? node['@id']);
  const annotation: ForeignAnnotation = {
    key: iri ?? `annotation ${index + 1}`,
    claimId: idFromIri(iri, CLAIM_IRI),
    ...readTarget(node),
    tags: [],
    created: asString(node.created),
    modified: asString(node.modified),
    creator: person(node.creator),
  };
  const notes: string[] = [];
  const tagging = asList(node.motivation).includes('tagging');
  if (typeof node.bodyValue === 'string') notes.push(node.bodyValue);
  for (const body of asList(node.body)) {
    if (!isObject(body)) continue;
    if (hasType(body, 'EvidenceClaim')) {
      const { claimKind, claimStatus, updatedBy, page, orphaned, previousQuote } = body;
      annotation.kind = claimKind;
      annotation.status = claimStatus;
      annotation.updatedBy = idFromIri(updatedBy, RESEARCHER_IRI);
      annotation.page = page;
      annotation.orphaned = orphaned === true;
      annotation.previousQuote = asString(previousQuote);
      annotation.fields = readFields(body);
      continue;
    }
    const value = asString(body.value);
    if (value === undefined) continue;
    const purpose = asList(body.purpose);
    if (purpose.includes('tagging') || (tagging && purpose.length === 0)) {
      annotation.tags.push({ id: idFromIri(asString(body.id), TAG_IRI), name: value });
    } else if (body.claimRole === 'statement') annotation.statement = value;
    else notes.push(value);
  }
  if (notes.length > 0) annotation.note = notes.join('\n\n');
  return annotation;
}

function readFields(body: JsonObject): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    value: body.figureValue,
    unit: body.figureUnit,
    approximate: body.approximate,
    startDate: body.startDate,
    endDate: body.endDate,
    precision: body.datePrecision,
    actor: body.actor,
    stance: body.stance,
    topic: body.topic,
    totalOf:
      body.totalOf === undefined
        ? undefined
        : asList(body.totalOf).map((iri) => idFromIri(iri, CLAIM_IRI) ?? iri),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function readCodebook(collection: JsonObject, unreadable: ForeignAnnotations['unreadable']): Tag[] {
  const tags: Tag[] = [];
  for (const entry of asList(collection.codebook).filter(isObject)) {
    const candidate = {
      id: idFromIri(entry.id, TAG_IRI),
      name: entry.tagName,
      parentId: idFromIri(entry.parentTag, TAG_IRI) ?? null,
      colour: entry.colour,
      description: entry.tagDescription ?? '',
      updatedAt: entry.modified,
      updatedBy: idFromIri(entry.updatedBy, RESEARCHER_IRI),
      deleted: false,
    };
    const parsed = tagSchema.safeParse(candidate);
    if (parsed.success) tags.push(parsed.data as Tag);
    else
      unreadable.push({
        what: `Tag “${String(entry.tagName)}”`,
        why: 'its name, colour or dates are not valid',
      });
  }
  const ids = new Set(tags.map((t) => t.id));
  return tags.map((t) => (t.parentId && !ids.has(t.parentId) ? { ...t, parentId: null } : t));
}

/** Every annotation in the file, in order, and our codebook when it carries one. */
export function readW3cAnnotations(data: unknown): ForeignAnnotations {
  const unreadable: ForeignAnnotations['unreadable'] = [];
  const nodes: JsonObject[] = [];
  let codebook: Tag[] = [];
  const readPages = (first: unknown) => {
    let page = first;
    for (let n = 0; page !== undefined && n < MAX_PAGES; n++) {
      if (!isObject(page)) {
        throw new Error(
          'The collection links to its pages instead of holding them (' +
            `${String(page)}); export it with its annotations embedded.`,
        );
      }
      appendAll(nodes, asList(page.items).filter(isObject));
      page = page.next;
    }
  };
  for (const node of asList(data)) {
    if (hasType(node, 'AnnotationCollection')) {
      codebook = readCodebook(node as JsonObject, unreadable);
      readPages((node as JsonObject).first);
    } else if (hasType(node, 'AnnotationPage')) readPages(node);
    else if (hasType(node, 'Annotation')) nodes.push(node as JsonObject);
  }
  const annotations: ForeignAnnotation[] = [];
  nodes.forEach((node, i) => {
    if (hasType(node, 'Annotation')) annotations.push(readAnnotation(node, i));
    else unreadable.push({ what: `Item ${i + 1}`, why: 'it is not an Annotation' });
  });
  return { annotations, codebook, unreadable };
}

/** Whether parsed JSON is a W3C Web Annotation document (and not Hypothesis's or our own bundle). */
export function looksLikeW3c(data: unknown): boolean {
  const first = asList(data)[0];
  if (!isObject(first)) return false;
  const context = asList(first['@context']);
  return (
    hasType(first, 'AnnotationCollection') ||
    hasType(first, 'AnnotationPage') ||
    hasType(first, 'Annotation') ||
    context.some((c) => typeof c === 'string' && c.includes('w3.org/ns/anno'))
  );
}
