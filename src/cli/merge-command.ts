// `evidence merge A B --out C`: merges two bundles with core's state-based merge and writes the result,
// then reports what changed relative to A, versions by other researchers that lost (so someone can review
// them) and tags that look duplicated. Both inputs are validated first; C is replaced only on success.
import path from 'node:path';
import type { MergeConflict, MergeResult } from '../core/exchange/merge-libraries';
import { reconcileClaims } from '../core/exchange/reconcile-claims';
import { mergeLibraries } from '../core/exchange/merge-libraries';
import { recordsOf } from '../core/exchange/check-merged-library';
import { CliError, type CliContext } from './cli-context';
import { readBundleFile, writeBundleFile } from './cli-files';
import { parseCommandArgs, requireString } from './parse-command-args';
import { appendAll } from '../core/lists/append-all';

export function describeConflict(conflict: MergeConflict): string {
  const { kept, lost } = conflict;
  const singular = conflict.table.slice(0, -1);
  return (
    `  ${singular} ${conflict.id}: kept the version by ${kept.updatedBy} at ${kept.updatedAt}` +
    `${kept.deleted ? ' (deleted)' : ''}; the version by ${lost.updatedBy} at ${lost.updatedAt}` +
    `${lost.deleted ? ' (deleted)' : ''} was not kept`
  );
}

export function formatMergeReport(result: MergeResult): string {
  const lines = Object.entries(result.stats).map(
    ([table, s]) => `${table}: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged`,
  );
  if (result.conflicts.length > 0) {
    lines.push(
      `Conflicts (${result.conflicts.length}): both sides changed these; the newer version was kept.`,
    );
    appendAll(lines, result.conflicts.map(describeConflict));
  }
  if (result.unknownDeletions.length > 0) {
    lines.push(
      `Deletions of records the first bundle never had (${result.unknownDeletions.length}), kept as tombstones:`,
    );
    appendAll(
      lines,
      result.unknownDeletions.map((d) => `  ${d.table.slice(0, -1)} ${d.id}`),
    );
  }
  if (result.tagDuplicates.length > 0) {
    lines.push(
      `Tags that look the same (${result.tagDuplicates.length}); merge them in the app if they are:`,
    );
    appendAll(
      lines,
      result.tagDuplicates.map((d) => `  "${d.name}": ${d.tagIds.join(', ')}`),
    );
  }
  if (result.redirectedClaims.length > 0) {
    lines.push(
      `Claims that named a merged tag, moved onto the tag it was merged into: ${result.redirectedClaims.length}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function runMerge(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('merge', args, { out: { type: 'string', short: 'o' } });
  const out = path.resolve(ctx.cwd, requireString('merge', parsed, 'out'));
  if (parsed.positionals.length !== 2) {
    throw new CliError('merge needs exactly two bundles, A and B; run `evidence help merge`');
  }
  const [a, b] = parsed.positionals as [string, string];
  const now = ctx.now();
  // The records are merged and written sorted, so they are kept as read rather than rebuilt.
  const first = await readBundleFile(path.resolve(ctx.cwd, a), { now, asRead: true });
  const second = await readBundleFile(path.resolve(ctx.cwd, b), { now, asRead: true });
  const result = mergeLibraries(first.library, second.library);
  // Claims unseated by a newer text of their source are moved to where their quote is now, or orphaned.
  const { library, moved, orphaned } = reconcileClaims(result.library);
  // Records kept as read were checked with their bundle; only what the merge made is checked again.
  await writeBundleFile(out, library, ctx.now(), recordsOf(first.library, second.library));
  const report = formatMergeReport(result);
  const placed =
    moved.length + orphaned.length > 0
      ? `Claims on a newer text of their source: ${moved.length} moved, ${orphaned.length} orphaned (kept)${orphaned.length ? `: ${orphaned.join(', ')}` : ''}.\n`
      : '';
  ctx.stdout(`Merged ${a} and ${b} into ${path.basename(out)}.\n${report}${placed}`);
  return 0;
}
