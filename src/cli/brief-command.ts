// `evidence brief BUNDLE --out NOTE.md [--title T]`: writes core's Markdown briefing from the bundle's
// accepted and verified claims (deleted ones left out), every statement cited with its exact quote.
import path from 'node:path';
import { buildBriefing } from '../core/briefing/build-briefing';
import { selectCitableClaims } from '../core/briefing/citable-claims';
import { CliError, type CliContext } from './cli-context';
import { readBundleFile, writeFileAtomic } from './cli-files';
import { parseCommandArgs, requireString } from './parse-command-args';

export const DEFAULT_BRIEFING_TITLE = 'Briefing note';

export async function runBrief(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('brief', args, {
    out: { type: 'string', short: 'o' },
    title: { type: 'string', short: 't' },
  });
  const out = path.resolve(ctx.cwd, requireString('brief', parsed, 'out'));
  if (parsed.positionals.length !== 1) {
    throw new CliError('brief needs exactly one BUNDLE; run `evidence help brief`');
  }
  const bundle = await readBundleFile(path.resolve(ctx.cwd, parsed.positionals[0]!));
  const { library } = bundle;
  const claims = selectCitableClaims(library.claims);
  const title = typeof parsed.values.title === 'string' ? parsed.values.title.trim() : '';
  const note = buildBriefing({
    title: title || DEFAULT_BRIEFING_TITLE,
    claims,
    sources: library.sources,
    tags: library.tags,
    generatedAt: ctx.now(),
  });
  await writeFileAtomic(out, note.endsWith('\n') ? note : `${note}\n`);
  const cited = new Set(claims.map((claim) => claim.sourceId)).size;
  ctx.stdout(
    `Wrote ${path.basename(out)}: ${claims.length} claim${claims.length === 1 ? '' : 's'} from ${cited} source${cited === 1 ? '' : 's'}.\n`,
  );
  if (claims.length === 0) ctx.stderr('evidence: the bundle has no accepted or verified claims to cite.\n');
  return 0;
}
