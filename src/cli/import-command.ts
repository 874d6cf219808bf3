// `evidence import FILE... --out BUNDLE`: extracts each document with core's importer and adds it to the
// bundle as a source. Sources are identified by their bytes, so a file already there is skipped (a deleted
// one is restored); so is a file whose text is already there from another file or encoding, unless
// --allow-same-text. Every file is read and extracted before anything is written: one bad file changes
// nothing, and an unchanged bundle is not rewritten. A file that looks like a new version of a source
// there (same title or URL, or 60% of its text the same) is skipped with a hint, unless --new-version-of ID
// says it is one (its claims are moved onto it, see import-new-version.ts) or --separate says it is not.
import path from 'node:path';
import { admitImportedSource } from '../core/import/admit-source';
import { createSource } from '../core/import/extract-document';
import { describeSameText, findSameText } from '../core/import/find-same-text';
import type { Claim, Library, Source } from '../core/model/records';
import { detectFormat } from '../core/interchange/formats';
import type { InterchangeFormat } from '../core/interchange/interchange-format';
import { LIMITS } from '../core/limits';
import { findVersionCandidates } from '../core/versions/find-version-candidates';
import { CliError, type CliContext } from './cli-context';
import { readBundleFileIfExists, readInput, writeBundleFile } from './cli-files';
import { extractFile } from './extract-file';
import { describeUnknownJson, importInterchangeFile } from './import-interchange';
import { importNewVersion } from './import-new-version';
import { loadPdfText } from './pdf/load-pdf';
import { researcherIdOf, withResearcher } from './cli-researcher';
import { parseCommandArgs, requireString } from './parse-command-args';
import { appendAll } from '../core/lists/append-all';

async function importFile(
  file: string,
  cli: CliContext,
  ctx: { researcherId: string; now: string },
): Promise<{ source: Source; notes: string[] }> {
  const { name, bytes, extracted } = await extractFile(file, cli);
  return { source: await createSource({ name, bytes }, extracted, ctx), notes: extracted.notes ?? [] };
}

export async function runImport(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('import', args, {
    out: { type: 'string', short: 'o' },
    'allow-same-text': { type: 'boolean' },
    'new-version-of': { type: 'string' },
    separate: { type: 'boolean' },
  });
  const allowSameText = parsed.values['allow-same-text'] === true;
  const separate = parsed.values.separate === true;
  const newVersionOf = parsed.values['new-version-of'];
  if (typeof newVersionOf === 'string' && parsed.positionals.length !== 1)
    throw new CliError('--new-version-of takes exactly one FILE: the new version');
  const out = path.resolve(ctx.cwd, requireString('import', parsed, 'out'));
  if (parsed.positionals.length === 0)
    throw new CliError('import needs at least one FILE; run `evidence help import`');

  const existing = await readBundleFileIfExists(out);
  const researcherId = researcherIdOf(ctx);
  const now = ctx.now();
  const empty: Library = { researchers: [], tags: [], sources: [], claims: [], briefings: [] };
  const sources = new Map((existing?.library ?? empty).sources.map((s) => [s.id, s]));
  let claims: Claim[] = (existing?.library ?? empty).claims;

  // Interchange files (annotations, QDA projects) are told from documents by content, and read after the
  // documents, so their annotations can anchor to documents imported by the same command.
  const interchange: { file: string; bytes: Uint8Array; format: InterchangeFormat }[] = [];
  const documents: string[] = [];
  for (const file of parsed.positionals) {
    const bytes = await readInput(path.resolve(ctx.cwd, file), LIMITS.fileBytes);
    const format = detectFormat(bytes);
    if (format) interchange.push({ file, bytes, format });
    else if (/\.(json|jsonld)$/i.test(file)) throw new CliError(describeUnknownJson(file, bytes));
    else documents.push(file);
  }
  if (typeof newVersionOf === 'string' && interchange.length > 0)
    throw new CliError('--new-version-of takes a document, not an annotation or QDA file');

  const lines: string[] = [];
  let added = 0;
  for (const file of documents) {
    const { source: imported, notes } = await importFile(file, ctx, { researcherId, now });
    const { outcome, source } = admitImportedSource(sources.get(imported.id), imported);
    if (outcome === 'already-present') {
      if (typeof newVersionOf === 'string')
        throw new CliError(`${file} is already in the bundle; a new version must be a different file`);
      lines.push(`skipped ${file}: already in the bundle as "${source.title}"`);
      continue;
    }
    if (typeof newVersionOf === 'string') {
      const actor = { researcherId, now };
      const version = importNewVersion(file, source, newVersionOf, { sources, claims }, actor);
      sources.set(version.source.id, version.source);
      claims = version.claims;
      appendAll(lines, version.lines);
      appendAll(
        lines,
        notes.map((note) => `  ${note}`),
      );
      added += 1;
      continue;
    }
    const check = findSameText(source, sources.values());
    if (check.kind === 'same-text' && !allowSameText) {
      lines.push(`skipped ${file}: ${describeSameText(path.basename(file), check.existing.title)}`);
      continue;
    }
    // A file whose text is already here, added anyway, was already answered for: it is a copy, not a version.
    const asked = separate || check.kind === 'same-text';
    const [version] = asked ? [] : findVersionCandidates(source, sources.values());
    if (version) {
      const { id, title } = version.source;
      lines.push(
        `skipped ${file}: it looks like a new version of "${title}" (${id}); run again with ` +
          `--new-version-of ${id} to move its claims onto it, or --separate to add it as a source of its own`,
      );
      continue;
    }
    sources.set(source.id, source);
    lines.push(`${outcome} ${file}: "${source.title}"`);
    appendAll(
      lines,
      notes.map((note) => `  ${note}`),
    );
    added += 1;
  }

  const summary = `${added} source${added === 1 ? '' : 's'} added to ${path.basename(out)}`;
  let library = { ...(existing?.library ?? empty), sources: [...sources.values()], claims };
  let changes = added;
  if (interchange.length > 0) library = withResearcher(library, researcherId, ctx, now);
  for (const { file, bytes, format } of interchange) {
    const outcome = await importInterchangeFile(file, bytes, format, library, {
      researcherId,
      now,
      readPdf: (pdf, fileName) =>
        loadPdfText(pdf, {
          fileName: fileName ?? file,
          workers: Number(ctx.env.EVIDENCE_PDF_WORKERS) || undefined,
        }),
    });
    library = outcome.library;
    appendAll(lines, outcome.lines);
    changes += outcome.added;
  }
  if (changes === 0 && existing) {
    ctx.stdout(`${lines.join('\n')}\nNothing to add: ${path.basename(out)} is unchanged.\n`);
    return 0;
  }
  library = withResearcher(library, researcherId, ctx, now);
  await writeBundleFile(out, library, now);
  ctx.stdout(`${lines.join('\n')}\n${summary}.\n`);
  return 0;
}
