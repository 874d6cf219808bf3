// Claims as a spreadsheet: one row per live claim with the columns a reader of the table needs (the
// source by title, the quote and its context, the figure, dates and stance, tags by path, who changed it
// last). Cells are written by the codebook's RFC 4180 writer, which also escapes formula-looking cells;
// the file starts with a UTF-8 BOM so that Excel reads £ and curly quotes as they are.
import { formatCsv } from '../../codebook/csv-text';
import { formatTagPath } from '../../codebook/tag-path';
import type { Claim, Library, Tag } from '../../model/records';

export const CLAIMS_CSV_HEADER = [
  'id',
  'source title',
  'kind',
  'statement',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'page',
  'value',
  'unit',
  'start date',
  'end date',
  'actor',
  'position',
  'topic',
  'tags',
  'note',
  'status',
  'author',
  'updated',
] as const;

/** A tag's path of names from the root, e.g. "Money/Funding". */
function tagPath(tag: Tag, tags: Map<string, Tag>): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (
    let t: Tag | undefined = tag;
    t && !seen.has(t.id);
    t = t.parentId ? tags.get(t.parentId) : undefined
  ) {
    seen.add(t.id);
    names.unshift(t.name);
  }
  return formatTagPath(names);
}

export function writeClaimsCsv(library: Library, claimIds?: ReadonlySet<string>): string {
  const sources = new Map(library.sources.map((s) => [s.id, s]));
  const tags = new Map(library.tags.map((t) => [t.id, t]));
  const researchers = new Map(library.researchers.map((r) => [r.id, r.displayName]));
  // The page as printed in the source (its label), else counted from 1.
  const pageLabel = ({ sourceId, target: { page } }: Claim) =>
    page === undefined
      ? ''
      : (sources.get(sourceId)?.pages?.find((p) => p.index === page)?.label ?? String(page + 1));
  const row = (claim: Claim): string[] => {
    const [quote, position] = claim.target.selector;
    const f = claim.fields;
    const text = (v: string | number | boolean | undefined) => (v === undefined ? '' : String(v));
    return [
      claim.id,
      sources.get(claim.sourceId)?.title ?? '',
      claim.kind,
      claim.statement,
      quote.exact,
      quote.prefix,
      quote.suffix,
      text(position.start),
      text(position.end),
      pageLabel(claim),
      text(f.value),
      text(f.unit),
      text(f.startDate),
      text(f.endDate),
      text(f.actor),
      text(f.stance),
      text(f.topic),
      claim.tagIds
        .flatMap((id) => {
          const tag = tags.get(id);
          return tag && !tag.deleted ? [tagPath(tag, tags)] : [];
        })
        .join('; '),
      claim.note,
      claim.status,
      researchers.get(claim.updatedBy) ?? claim.updatedBy,
      claim.updatedAt,
    ];
  };
  const live = library.claims.filter((c) => !c.deleted && (!claimIds || claimIds.has(c.id)));
  return `\uFEFF${formatCsv([[...CLAIMS_CSV_HEADER], ...live.map(row)])}`;
}
