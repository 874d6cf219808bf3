// `evidence suggest --json FILE...`: runs the offline suggester over each file's extracted text (for a
// .txt file, its decoded text) and prints one JSON line per file, with start and end in UTF-16 code units
// into that text, so `text === fileText.slice(start, end)` for every suggestion. Each suggestion's fields
// are core's suggestion -> claim mapping, so they are exactly the fields the app stores on the claim.
import path from 'node:path';
import { formatDate, formatFigure, formatStance } from '../core/briefing/format-claim';
import { suggestClaims } from '../core/suggest/suggest-claims';
import { toSuggestedClaims, type SuggestedClaim } from '../core/suggest/suggestion-fields';
import { CliError, type CliContext } from './cli-context';
import { extractFile } from './extract-file';
import { parseCommandArgs } from './parse-command-args';

const KINDS = ['figure', 'date', 'stance'] as const;
type Kind = (typeof KINDS)[number];

function parseKinds(value: string | boolean | undefined): Kind[] | undefined {
  if (typeof value !== 'string') return undefined;
  const kinds = value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new CliError(`unknown kind "${unknown[0]}"; --kinds takes ${KINDS.join(', ')}`);
  }
  return kinds as Kind[];
}

/** One suggestion as a JSON object: where it is, its claim fields by name, its statement, its confidence. */
export function toJsonSuggestion(s: SuggestedClaim): Record<string, unknown> {
  // built key by key rather than by spreads: a long text has tens of thousands of suggestions
  const json: Record<string, unknown> = { kind: s.kind, start: s.start, end: s.end, text: s.text };
  for (const key in s.fields) json[key] = s.fields[key as keyof typeof s.fields];
  json.statement = s.statement;
  json.confidence = s.confidence;
  return json;
}

function formatHuman(name: string, suggestions: SuggestedClaim[]): string {
  const lines = suggestions.map((s) => {
    const detail =
      s.kind === 'figure'
        ? formatFigure(s.fields)
        : s.kind === 'date'
          ? formatDate(s.fields)
          : formatStance(s.fields);
    return `  ${s.kind.padEnd(6)} ${String(s.start).padStart(7)}  ${JSON.stringify(s.text)}  ${detail}`;
  });
  return `${name}: ${suggestions.length} suggestions\n${lines.join('\n')}\n`;
}

export async function runSuggest(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('suggest', args, {
    json: { type: 'boolean' },
    kinds: { type: 'string', short: 'k' },
  });
  if (parsed.positionals.length === 0) {
    throw new CliError('suggest needs at least one FILE; run `evidence help suggest`');
  }
  const kinds = parseKinds(parsed.values.kinds);
  // Extract everything first, so a bad file fails the run before anything is printed.
  const files = [];
  for (const file of parsed.positionals) files.push(await extractFile(file, ctx));
  for (const { name, extracted } of files) {
    const suggestions = toSuggestedClaims(
      suggestClaims(extracted.text, kinds ? { kinds } : {}),
      extracted.text,
    );
    ctx.stdout(
      parsed.values.json
        ? `${JSON.stringify({ document: path.basename(name), suggestions: suggestions.map(toJsonSuggestion) })}\n`
        : formatHuman(name, suggestions),
    );
  }
  return 0;
}
