// Builds a briefing note in Markdown from a library's claims. Only accepted and verified claims that are
// not deleted are cited. Claims are grouped by kind (Figures, Dates, Stances, Quotes), each bullet ending in
// a numbered citation [n]; the Sources section lists each cited source once, then one line per citation
// with the exact quote, re-verified against the source text now, so a quote that no longer matches is
// marked rather than silently trusted. The output depends only on the input, so it is reproducible.

import { anchorTarget } from '../anchoring/anchor-target';
import { isCitableClaim } from './citable-claims';
import { formatCitationLine } from './briefing-quote';
import { formatClaimStatement } from './format-claim';
import type { Claim, ClaimKind, CslDate, Source, Tag } from '../model/records';

export { listBriefingQuotes } from './briefing-quote';

export type BriefingInput = {
  title: string;
  claims: Claim[];
  sources: Source[];
  tags: Tag[];
  generatedAt: string;
};

const SECTIONS: { kind: ClaimKind; heading: string }[] = [
  { kind: 'figure', heading: 'Figures' },
  { kind: 'date', heading: 'Dates' },
  { kind: 'stance', heading: 'Stances' },
  { kind: 'quote', heading: 'Quotes' },
];

type Citation = { n: number; claim: Claim; source: Source | undefined; found: boolean };

export function buildBriefing(input: BriefingInput): string {
  const sourcesById = new Map(input.sources.map((source) => [source.id, source]));
  const tagsById = new Map(input.tags.filter((tag) => !tag.deleted).map((tag) => [tag.id, tag]));
  const cited = input.claims.filter(isCitableClaim).sort((a, b) => compareClaims(a, b, sourcesById));

  const lines = [`# ${escapeInline(input.title)}`, '', `Generated ${input.generatedAt}`];
  const citations: Citation[] = [];
  for (const { kind, heading } of SECTIONS) {
    const claims = cited.filter((claim) => claim.kind === kind);
    if (claims.length === 0) continue;
    lines.push('', `## ${heading}`, '');
    for (const claim of claims) {
      const source = sourcesById.get(claim.sourceId);
      const citation: Citation = {
        n: citations.length + 1,
        claim,
        source,
        found: verifyQuote(claim, source),
      };
      citations.push(citation);
      lines.push(`- ${describeClaim(claim, tagsById)} [${citation.n}]`);
    }
  }
  if (citations.length === 0) lines.push('', '_No accepted or verified claims to report._');
  else lines.push('', '## Sources', ...formatSources(citations));
  return `${lines.join('\n')}\n`;
}

/** Re-verifies the stored quote: it must still be found verbatim in the source's current text. */
function verifyQuote(claim: Claim, source: Source | undefined): boolean {
  if (!source) return false;
  const exact = claim.target.selector[0].exact;
  const range = anchorTarget(source.text, claim.target.selector);
  return range !== null && source.text.slice(range.start, range.end) === exact;
}

function describeClaim(claim: Claim, tagsById: Map<string, Tag>): string {
  const parts = [formatClaimStatement(claim)];
  const note = claim.note.replace(/\s+/g, ' ').trim();
  if (note) parts.push(`— ${escapeInline(note)}`);
  const tagNames = claim.tagIds
    .map((id) => tagsById.get(id)?.name)
    .filter((name): name is string => Boolean(name))
    .sort(compareText);
  if (tagNames.length > 0) parts.push(`(tags: ${tagNames.map(escapeInline).join(', ')})`);
  return parts.join(' ');
}

/** Each cited source once, in order of first citation, with its citation lines under it. */
function formatSources(citations: Citation[]): string[] {
  const groups = new Map<string, Citation[]>();
  for (const citation of citations) {
    const key = citation.claim.sourceId;
    groups.set(key, [...(groups.get(key) ?? []), citation]);
  }
  const lines: string[] = [];
  for (const [sourceId, group] of groups) {
    const source = group[0]?.source;
    lines.push('', `**${escapeInline(source?.title || `Unknown source ${sourceId}`)}**`);
    const details = source ? describeSource(source) : 'This source is not in the library.';
    if (details) lines.push('', details);
    for (const citation of group)
      lines.push('', formatCitationLine(citation.n, citation.claim.target.selector[0].exact, citation.found));
  }
  return lines;
}

function describeSource(source: Source): string {
  const { metadata } = source;
  const authors = (metadata.author ?? [])
    .map((name) => name.literal ?? [name.given, name.family].filter(Boolean).join(' '))
    .filter(Boolean);
  const parts = [authors.join(', '), metadata.publisher ?? '', formatCslDate(metadata.issued)]
    .filter(Boolean)
    .map(escapeInline);
  if (metadata.URL) parts.push(`<${metadata.URL}>`);
  return parts.join(' · ');
}

function formatCslDate(date: CslDate | undefined): string {
  if (!date) return '';
  if ('raw' in date) return date.raw;
  const [year, month, day] = date['date-parts'][0] ?? [];
  return [year, month, day]
    .filter((part): part is number => part !== undefined)
    .map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');
}

/** Deterministic order: by source title and id, then position in the source, then claim id. */
function compareClaims(a: Claim, b: Claim, sources: Map<string, Source>): number {
  return (
    compareText(sources.get(a.sourceId)?.title ?? '', sources.get(b.sourceId)?.title ?? '') ||
    compareText(a.sourceId, b.sourceId) ||
    a.target.selector[1].start - b.target.selector[1].start ||
    compareText(a.id, b.id)
  );
}

// Code-unit order, not localeCompare: the same on every machine whatever its locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Escapes Markdown in authored text (titles, notes, tags) so it reads as written. Not used for quotes. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}
