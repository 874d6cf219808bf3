// `evidence export BUNDLE --format w3c|qdpx|qdc|csv --out FILE`: writes the bundle's library in an
// interchange format, with the same writer the app's "Export database" uses for that format. The format
// comes from --format, else from FILE's extension; the output is written atomically, only on success.
import path from 'node:path';
import { findFormat, INTERCHANGE_FORMATS } from '../core/interchange/formats';
import type { InterchangeFormat } from '../core/interchange/interchange-format';
import type { Library } from '../core/model/records';
import { CliError, type CliContext } from './cli-context';
import { filterExportedClaims } from './export-filter';
import { readBundleFile, writeFileAtomic } from './cli-files';
import { parseCommandArgs, requireString } from './parse-command-args';

const writable = () => INTERCHANGE_FORMATS.filter((f) => f.write !== undefined);

function chooseFormat(requested: string | undefined, out: string): InterchangeFormat {
  const names = writable()
    .map((f) => f.id)
    .join('|');
  if (requested === undefined) {
    const extension = path.extname(out).slice(1).toLowerCase();
    const byExtension = writable().find((f) => f.extension === extension);
    if (!byExtension)
      throw new CliError(`say which format to write with --format ${names} (FILE's extension does not tell)`);
    return byExtension;
  }
  const format = findFormat(requested);
  if (format?.write) return format;
  throw new CliError(`unknown format "${requested}"; formats: ${names}`);
}

export async function runExport(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('export', args, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    kinds: { type: 'string', short: 'k' },
    tag: { type: 'string', short: 't' },
  });
  const out = path.resolve(ctx.cwd, requireString('export', parsed, 'out'));
  if (parsed.positionals.length !== 1)
    throw new CliError('export needs exactly one BUNDLE; run `evidence help export`');
  const requested = parsed.values.format;
  const format = chooseFormat(typeof requested === 'string' ? requested : undefined, out);
  const bundleFile = path.resolve(ctx.cwd, parsed.positionals[0] as string);
  const { library: whole } = await readBundleFile(bundleFile, { now: ctx.now() });
  const { kinds, tag } = parsed.values;
  const library = filterExportedClaims(whole, {
    ...(typeof kinds === 'string' ? { kinds } : {}),
    ...(typeof tag === 'string' ? { tag } : {}),
  });
  const bytes = writeFormat(format, library, ctx.now());
  await writeFileAtomic(out, bytes);
  const claims = library.claims.filter((c) => !c.deleted).length;
  ctx.stdout(
    `Exported ${claims} claim${claims === 1 ? '' : 's'} from ${path.basename(bundleFile)} to ` +
      `${path.basename(out)} as ${format.label}.\n`,
  );
  return 0;
}

/** A format refuses a library it cannot carry (a codebook with no tags) with a message for the researcher. */
function writeFormat(format: InterchangeFormat, library: Library, now: string): Uint8Array {
  try {
    return format.write!(library, { now });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}
