// The words of a W3C Web Annotation export: the standard context, and our own small JSON-LD context for
// what the standard has no term for (a claim's kind, typed fields and status, the codebook's tree and
// colours, a source's text hash). Our terms live under one IRI base and never reuse a name the standard
// context defines (value, start, end, source, format…), so redefining nothing of the standard's.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const EVIDENCE_VOCAB = 'urn:evidence-workbench:vocab#';

/** Our terms, declared in the export's second context. */
export const EVIDENCE_CONTEXT = {
  ev: EVIDENCE_VOCAB,
  EvidenceClaim: 'ev:EvidenceClaim',
  EvidenceTag: 'ev:EvidenceTag',
  claimKind: 'ev:claimKind',
  claimStatus: 'ev:claimStatus',
  claimRole: 'ev:claimRole',
  figureValue: { '@id': 'ev:figureValue', '@type': 'xsd:decimal' },
  figureUnit: 'ev:figureUnit',
  approximate: { '@id': 'ev:approximate', '@type': 'xsd:boolean' },
  startDate: 'ev:startDate',
  endDate: 'ev:endDate',
  datePrecision: 'ev:datePrecision',
  actor: 'ev:actor',
  stance: 'ev:stance',
  topic: 'ev:topic',
  totalOf: { '@id': 'ev:totalOf', '@container': '@list' },
  page: { '@id': 'ev:page', '@type': 'xsd:integer' },
  orphaned: { '@id': 'ev:orphaned', '@type': 'xsd:boolean' },
  previousQuote: 'ev:previousQuote',
  updatedBy: { '@id': 'ev:updatedBy', '@type': '@id' },
  codebook: { '@id': 'ev:codebook', '@container': '@list' },
  tagName: 'ev:tagName',
  parentTag: { '@id': 'ev:parentTag', '@type': '@id' },
  colour: 'ev:colour',
  tagDescription: 'ev:tagDescription',
  mergedInto: { '@id': 'ev:mergedInto', '@type': '@id' },
  textHash: 'ev:textHash',
  webAddress: { '@id': 'schema:url', '@type': '@id' },
  title: 'dc:title',
} as const;

export const CLAIM_IRI = 'urn:evidence-workbench:claim:';
export const TAG_IRI = 'urn:evidence-workbench:tag:';
export const RESEARCHER_IRI = 'urn:evidence-workbench:researcher:';
export const SHA256_URN = 'urn:sha256:';

/** The record id inside one of our IRIs, or undefined when the IRI is not of that kind. */
export function idFromIri(iri: unknown, base: string): string | undefined {
  return typeof iri === 'string' && iri.startsWith(base) ? iri.slice(base.length) : undefined;
}
