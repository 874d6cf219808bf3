// `evidence search BUNDLE QUERY [--json] [--format F] [--tag NAME]`: searches the bundle's sources and
// claims with the app's own search (core/search): passages grouped by source, then claims, each with its
// words marked. With --json, every passage gives its stored offsets and its snippet's, so
// `snippet.text === source.text.slice(snippet.start, snippet.end)`.
import path from 'node:path';
import type { SourceFormat } from '../core/model/records';
import { indexLibrary } from '../core/search/index-library';
import type { Snippet } from '../core/search/make-snippet';
import { searchLibrary, type SearchFilters, type SearchResults } from '../core/search/search-library';
import { CliError, type CliContext } from './cli-context';
import { readBundleFile } from './cli-files';
import { parseCommandArgs } from './parse-command-args';

const FORMATS: SourceFormat[] = ['txt', 'md', 'html', 'pdf', 'docx'];

/** A snippet as JSON: where it is, its text, and its marks as offsets in the same text. */
function jsonSnippet(snippet: Snippet) {
  const marks: { start: number; end: number }[] = [];
  let at = snippet.start;
  for (const part of snippet.parts) {
    if (part.marked) marks.push({ start: at, end: at + part.text.length });
    at += part.text.length;
  }
  return { start: snippet.start, end: snippet.end, text: snippet.parts.map((p) => p.text).join(''), marks };
}

const humanSnippet = (snippet: Snippet) =>
  `${snippet.cutStart ? '… ' : ''}${snippet.parts.map((p) => (p.marked ? `«${p.text}»` : p.text)).join('')}${snippet.cutEnd ? ' …' : ''}`.replace(
    /\s*\n\s*/g,
    ' ',
  );

function formatHuman(query: string, results: SearchResults): string {
  const lines = [
    `"${query}": ${results.passageCount} passages in ${results.groups.length} sources, ${results.claims.length} claims${results.partial ? ' (the best of many; narrow the search to see all)' : ''}`,
  ];
  for (const group of results.groups) {
    lines.push('', `${group.title} (${group.format.toUpperCase()}, ${group.total} passages)`);
    for (const p of group.passages)
      lines.push(`  ${String(p.start).padStart(7)}  ${humanSnippet(p.snippet)}`);
  }
  if (results.claims.length > 0) lines.push('', 'Claims');
  for (const c of results.claims) lines.push(`  ${c.claimId}  ${c.field}: ${humanSnippet(c.snippet)}`);
  return `${lines.join('\n')}\n`;
}

export async function runSearch(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('search', args, {
    json: { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    tag: { type: 'string', short: 't' },
  });
  if (parsed.positionals.length !== 2) {
    throw new CliError('search needs a BUNDLE and a QUERY; run `evidence help search`');
  }
  const [bundleFile, query] = parsed.positionals as [string, string];
  const { format, tag } = parsed.values;
  if (typeof format === 'string' && !FORMATS.includes(format as SourceFormat)) {
    throw new CliError(`unknown format "${format}"; --format takes ${FORMATS.join(', ')}`);
  }
  const { library } = await readBundleFile(path.resolve(ctx.cwd, bundleFile));
  const filters: SearchFilters = typeof format === 'string' ? { format: format as SourceFormat } : {};
  if (typeof tag === 'string') {
    const found = library.tags.find((t) => !t.deleted && t.name.toLowerCase() === tag.toLowerCase());
    if (!found) throw new CliError(`no tag named "${tag}" in the bundle`);
    filters.tagId = found.id;
  }
  const results = searchLibrary(indexLibrary(library), query, filters);
  if (!parsed.values.json) {
    ctx.stdout(formatHuman(query, results));
    return 0;
  }
  const json = {
    query,
    passageCount: results.passageCount,
    partial: results.partial,
    sources: results.groups.map((g) => ({
      id: g.sourceId,
      title: g.title,
      format: g.format,
      total: g.total,
      passages: g.passages.map((p) => ({ start: p.start, end: p.end, snippet: jsonSnippet(p.snippet) })),
    })),
    claims: results.claims.map((c) => ({
      id: c.claimId,
      sourceId: c.sourceId,
      field: c.field,
      snippet: jsonSnippet(c.snippet),
    })),
  };
  ctx.stdout(`${JSON.stringify(json)}\n`);
  return 0;
}
