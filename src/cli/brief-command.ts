// `evidence brief BUNDLE --out FILE [--format md|html|docx|pdf] [--style harvard|apa|chicago] [--title T]`:
// composes core's briefing document from the bundle's citable claims and writes it in the format asked
// for (else the one the file's extension names). Quotes that no longer match their source are listed on
// stderr before the file is written; the file is still written, those citations marked "unverified".
// `--timings` prints on stderr how long reading the bundle, composing and writing took, so the cost of
// JSON-parsing a large bundle is seen apart from the briefing's own. Formatted references are kept in
// the user's cache folder for the next run (citation-cache-file.ts) unless `--no-cache` is given.
import path from 'node:path';
import { briefingFormat, formatFromFileName, isBriefingFormat } from '../core/briefing/briefing-formats';
import type { BriefingFormat } from '../core/briefing/briefing-formats';
import { checkQuotes } from '../core/briefing/check-quotes';
import {
  assembleBriefingCitations,
  completeBriefing,
  draftBriefing,
  planBriefingCitations,
} from '../core/briefing/compose-briefing';
import { DEFAULT_CITATION_STYLE, isCitationStyleId } from '../core/briefing/csl/citation-styles';
import { BRIEF_WRITERS } from './brief-writers';
import { citationCacheFolder, openCitationCacheFile } from './citation-cache-file';
import { briefThreadOptions, runCiteprocBatches } from './citeproc-threads';
import { CliError, type CliContext } from './cli-context';
import { readBundleFile, writeFileAtomic } from './cli-files';
import { parseCommandArgs, requireString, type ParsedArgs } from './parse-command-args';

export const DEFAULT_BRIEFING_TITLE = 'Briefing note';

export async function runBrief(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('brief', args, {
    out: { type: 'string', short: 'o' },
    title: { type: 'string', short: 't' },
    format: { type: 'string', short: 'f' },
    style: { type: 'string', short: 's' },
    timings: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
  });
  const clock = stageClock();
  const out = path.resolve(ctx.cwd, requireString('brief', parsed, 'out'));
  if (parsed.positionals.length !== 1) {
    throw new CliError('brief needs exactly one BUNDLE; run `evidence help brief`');
  }
  const format = chooseFormat(parsed, out);
  const style = chooseStyle(parsed);
  const write = BRIEF_WRITERS[format];
  if (!write) {
    throw new CliError(
      `${briefingFormat(format).label} briefings are not available yet; use --format md or html`,
    );
  }
  const { library } = await readBundleFile(path.resolve(ctx.cwd, parsed.positionals[0]!));
  clock.lap('read');
  const title = typeof parsed.values.title === 'string' ? parsed.values.title.trim() : '';
  const draft = draftBriefing({
    title: title || DEFAULT_BRIEFING_TITLE,
    claims: library.claims,
    sources: library.sources,
    tags: library.tags,
    style,
    generatedAt: ctx.now(),
  });
  const folder = parsed.values['no-cache'] === true ? null : citationCacheFolder(ctx.env);
  const kept = folder ? await openCitationCacheFile(folder) : null;
  const plan = planBriefingCitations(draft, { ...briefThreadOptions(ctx.env), cache: kept?.cache });
  const { runs, threads } = await runCiteprocBatches(plan.batches);
  const doc = completeBriefing(draft, assembleBriefingCitations(plan, runs));
  clock.lap('compose', referencesNote(plan.cached.size, plan.groups.length, threads));
  // A cache: when it cannot be written the briefing is still written, and the next run formats again.
  await kept?.keep().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    ctx.stderr(`evidence: formatted references were not kept for the next run (${reason})\n`);
  });
  const unverified = checkQuotes(doc);
  if (unverified.length > 0) {
    const lines = unverified.map((u) => `  ${u.description}\n`).join('');
    ctx.stderr(
      `evidence: ${unverified.length} quote${unverified.length === 1 ? ' is' : 's are'} no longer found exactly in ${unverified.length === 1 ? 'its source' : 'their sources'}; the briefing marks ${unverified.length === 1 ? 'it' : 'them'} "unverified":\n${lines}`,
    );
  }
  const output = await write(doc);
  await writeFileAtomic(out, output);
  clock.lap('write');
  if (parsed.values.timings === true) ctx.stderr(`evidence: timings: ${clock.report()}\n`);
  const claims = new Set(doc.citations.map((c) => c.claimId)).size;
  const sources = doc.references.length;
  ctx.stdout(
    `Wrote ${path.basename(out)} (${briefingFormat(format).label}, ${style}): ${claims} claim${claims === 1 ? '' : 's'} from ${sources} source${sources === 1 ? '' : 's'}.\n`,
  );
  if (claims === 0) ctx.stderr('evidence: the bundle has no accepted or verified claims to cite.\n');
  return 0;
}

/** "references in 2 threads", "9,990 of 10,000 reference groups kept from an earlier run". */
function referencesNote(cached: number, groups: number, threads: number): string {
  const notes: string[] = [];
  if (cached > 0)
    notes.push(
      `${cached.toLocaleString('en-GB')} of ${groups.toLocaleString('en-GB')} reference groups kept from an earlier run`,
    );
  if (threads > 1) notes.push(`references in ${threads} threads`);
  return notes.join('; ');
}

/** Seconds per stage, from one lap to the next: "read 1.92 s, compose 0.61 s, write 0.20 s". */
function stageClock() {
  let last = performance.now();
  const laps: string[] = [];
  return {
    lap(stage: string, note = '') {
      const now = performance.now();
      laps.push(`${stage} ${((now - last) / 1000).toFixed(2)} s${note ? ` (${note})` : ''}`);
      last = now;
    },
    report: () => laps.join(', '),
  };
}

function chooseFormat(parsed: ParsedArgs, out: string): BriefingFormat {
  const asked = parsed.values.format;
  if (typeof asked === 'string') {
    if (!isBriefingFormat(asked))
      throw new CliError(`unknown --format "${asked}"; use md, html, docx or pdf`);
    return asked;
  }
  return formatFromFileName(out) ?? 'md';
}

function chooseStyle(parsed: ParsedArgs) {
  const asked = parsed.values.style;
  if (typeof asked !== 'string') return DEFAULT_CITATION_STYLE;
  if (!isCitationStyleId(asked))
    throw new CliError(`unknown --style "${asked}"; use harvard, apa or chicago`);
  return asked;
}
