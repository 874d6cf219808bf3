// `evidence import FILE --new-version-of ID`: the file becomes a new source that supersedes source ID, and
// every claim of ID is re-anchored onto its text (core's reanchorClaims): moved, flagged as changed, or
// kept as an orphan on the new source. The old source stays in the bundle, readable, marked superseded.
import type { Claim, Source } from '../core/model/records';
import { describeReanchored } from '../core/versions/describe-reanchored';
import { reanchorClaims } from '../core/versions/reanchor-claims';
import { CliError } from './cli-context';

export type NewVersion = { source: Source; claims: Claim[]; lines: string[] };

export function importNewVersion(
  file: string,
  imported: Source,
  oldId: string,
  library: { sources: ReadonlyMap<string, Source>; claims: readonly Claim[] },
  actor: { researcherId: string; now: string },
): NewVersion {
  const old = library.sources.get(oldId);
  if (!old || old.deleted)
    throw new CliError(`--new-version-of ${oldId}: there is no such source in the bundle`);
  const source: Source = { ...imported, supersedes: old.id };
  const result = reanchorClaims(library.claims, old, source, actor);
  const replaced = new Map(result.claims.map((c) => [c.id, c]));
  const lines = [
    `added ${file}: "${source.title}", a new version of "${old.title}"`,
    `  ${describeReanchored(result)}`,
    ...result.changed.map((id) => `  changed quote, check: ${id}`),
    ...result.orphaned.map((id) => `  orphaned: ${id}`),
  ];
  return { source, claims: library.claims.map((c) => replaced.get(c.id) ?? c), lines };
}
