// `evidence codebook BUNDLE --export FILE.csv` writes the bundle's codebook (name, parent path, colour,
// description) as CSV; `--import FILE.csv` reads one, checks it whole, and adds the missing tags and the
// new colours and descriptions to BUNDLE, never deleting a tag. Both use core's codebook rules, as the app
// does, and write their file atomically, so a failure leaves the old file as it was.
import path from 'node:path';
import { planCodebookImport, readCodebookCsv, writeCodebookCsv } from '../core/codebook/codebook-csv';
import { createId } from '../core/ids';
import { LIMITS } from '../core/limits';
import { decodeText } from '../core/text/decode-text';
import { CliError, type CliContext } from './cli-context';
import { readBundleFile, readInput, writeBundleFile, writeFileAtomic } from './cli-files';
import { researcherIdOf, withResearcher } from './cli-researcher';
import { parseCommandArgs } from './parse-command-args';

export async function runCodebook(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('codebook', args, {
    export: { type: 'string' },
    import: { type: 'string' },
  });
  if (parsed.positionals.length !== 1) {
    throw new CliError('codebook needs exactly one BUNDLE; run `evidence help codebook`');
  }
  const exportTo = parsed.values.export;
  const importFrom = parsed.values.import;
  if ((typeof exportTo === 'string') === (typeof importFrom === 'string')) {
    throw new CliError('codebook needs one of --export FILE or --import FILE; run `evidence help codebook`');
  }
  const bundleFile = path.resolve(ctx.cwd, parsed.positionals[0] as string);
  const now = ctx.now();
  const { library } = await readBundleFile(bundleFile, { now });

  if (typeof exportTo === 'string') {
    const out = path.resolve(ctx.cwd, exportTo);
    await writeFileAtomic(out, writeCodebookCsv(library.tags));
    const count = library.tags.filter((t) => !t.deleted).length;
    ctx.stdout(`Wrote ${count} tag${count === 1 ? '' : 's'} to ${path.basename(out)}.\n`);
    return 0;
  }

  const csvFile = path.resolve(ctx.cwd, importFrom as string);
  // Decoded as a text file is (BOM, UTF-8, else Windows-1252, as spreadsheets often save CSV).
  const bytes = await readInput(csvFile, LIMITS.fileBytes);
  const read = readCodebookCsv(decodeText(bytes).text);
  if (!read.ok) throw new CliError(`${path.basename(csvFile)}: ${read.error}`);
  const researcherId = researcherIdOf(ctx);
  const plan = planCodebookImport(library.tags, read.rows, { researcherId, now }, createId);
  const summary =
    `${plan.created.length} tag${plan.created.length === 1 ? '' : 's'} created, ` +
    `${plan.updated.length} updated, ${plan.unchanged} unchanged`;
  if (plan.created.length + plan.updated.length === 0) {
    ctx.stdout(`The codebook in ${path.basename(csvFile)} is already in the bundle: ${summary}.\n`);
    return 0;
  }
  const changed = new Map([...plan.created, ...plan.updated].map((t) => [t.id, t]));
  const tags = [
    ...library.tags.map((t) => changed.get(t.id) ?? t),
    ...plan.created.filter((t) => !library.tags.some((old) => old.id === t.id)),
  ];
  const next = withResearcher({ ...library, tags }, researcherId, ctx, now);
  await writeBundleFile(bundleFile, next, now);
  ctx.stdout(`Imported the codebook into ${path.basename(bundleFile)}: ${summary}.\n`);
  return 0;
}
