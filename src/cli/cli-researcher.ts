// Who the command line acts as: the researcher id in EVIDENCE_RESEARCHER_ID (so a researcher's CLI work
// merges as theirs), else a stable `cli` researcher. Its record is added to a library that lacks it.
import { recordIdSchema } from '../core/exchange/record-schemas';
import type { Library, Researcher } from '../core/model/records';
import { stampVersion } from '../core/model/version-stamp';
import { CliError, type CliContext } from './cli-context';

export const CLI_RESEARCHER_ID = 'cli';

export function researcherIdOf(ctx: CliContext): string {
  const id = ctx.env.EVIDENCE_RESEARCHER_ID?.trim() || CLI_RESEARCHER_ID;
  if (!recordIdSchema.safeParse(id).success) {
    throw new CliError(`EVIDENCE_RESEARCHER_ID "${id}" is not a valid id (use letters, digits and . _ : -)`);
  }
  return id;
}

/** The library with a record for researcher `id`, adding one stamped `now` when it is missing. */
export function withResearcher(library: Library, id: string, ctx: CliContext, now: string): Library {
  if (library.researchers.some((r) => r.id === id)) return library;
  const displayName =
    ctx.env.EVIDENCE_RESEARCHER_NAME?.trim() || (id === CLI_RESEARCHER_ID ? 'Command line' : id);
  const stamp = stampVersion({ researcherId: id, now });
  const researcher: Researcher = { id, displayName, ...stamp, deleted: false };
  return { ...library, researchers: [...library.researchers, researcher] };
}
