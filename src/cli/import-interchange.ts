// `evidence import` with an interchange file (W3C Web Annotation, Hypothesis, REFI-QDA) beside documents:
// the file is read by its format (found by content), merged into the library the command is building with
// the bundles' own merge, and the result checked as a bundle would be. What the file held that could not
// be brought in is reported line by line, never dropped silently.
import path from 'node:path';
import { mergeLibraries } from '../core/exchange/merge-libraries';
import { validateLibrary } from '../core/exchange/validate-library';
import type { InterchangeFormat, ReadContext } from '../core/interchange/interchange-format';
import { readInterchange } from '../core/interchange/read-interchange';
import { describeUnknownJson as whyNotAnnotations } from '../core/interchange/describe-unknown-json';
import type { Library } from '../core/model/records';
import { CliError } from './cli-context';

export type InterchangeOutcome = { library: Library; lines: string[]; added: number };

export async function importInterchangeFile(
  file: string,
  bytes: Uint8Array,
  format: InterchangeFormat,
  library: Library,
  actor: Omit<ReadContext, 'existing'>,
): Promise<InterchangeOutcome> {
  const name = path.basename(file);
  let read;
  try {
    read = await readInterchange(format, bytes, { existing: library, ...actor });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file} (${format.label}) was not imported, nothing was written: ${message}`);
  }
  const merged = mergeLibraries(library, read.library);
  const validity = validateLibrary(merged.library);
  if (!validity.ok) throw new CliError(`${file} was not imported, nothing was written: ${validity.error}`);
  const { claims, tags, sources } = merged.stats;
  const lines = [
    `imported ${name} (${format.label}): ${sources.added} source${sources.added === 1 ? '' : 's'}, ` +
      `${claims.added} claim${claims.added === 1 ? '' : 's'} and ${tags.added} tag${tags.added === 1 ? '' : 's'} added, ` +
      `${claims.updated} claim${claims.updated === 1 ? '' : 's'} updated`,
    ...read.skipped.map((s) => `  not brought in: ${s.what}: ${s.why}`),
  ];
  return {
    library: merged.library,
    lines,
    added: sources.added + claims.added + tags.added + claims.updated,
  };
}

/** A .json or .jsonld FILE that is none of the formats, and no document either: its own reason. */
export function describeUnknownJson(file: string, bytes: Uint8Array): string {
  const merge = file.toLowerCase().endsWith('.json')
    ? ' (to merge an evidence bundle, use `evidence merge`)'
    : '';
  return `${file} was not imported, nothing was written: ${whyNotAnnotations(bytes)}${merge}`;
}
