// Turns a zod issue about a bundle into one plain sentence a researcher can act on, naming the record by
// its table, 1-based position and id, then the field path: `claim 3 (id c-17): target.selector[1].start
// must be 0 or more`. Messages set on the schemas are used as they are; zod's generic ones are rephrased.
import type { z } from 'zod';

/** Parse with `{ error: () => GENERIC_MESSAGE }` so issues without a schema-set message are recognisable. */
export const GENERIC_MESSAGE = '\u0000generic';

const TABLES: Record<string, string> = {
  researchers: 'researcher',
  tags: 'tag',
  sources: 'source',
  claims: 'claim',
  briefings: 'briefing',
};

type Path = readonly PropertyKey[];

function valueAt(root: unknown, path: Path): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in value))
      return { found: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  null: 'null',
};

function describeProblem(issue: z.core.$ZodIssue, missing: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'is not in a form the workbench knows';
    case 'too_small':
      if (issue.origin === 'array')
        return `must have at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      break;
    case 'too_big':
      if (issue.origin === 'array') return `has too many entries (at most ${issue.maximum})`;
      break;
  }
  return 'is not valid';
}

/** One line naming where in the bundle `issue` is and what is wrong; `input` is the parsed JSON. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path;
  const { found } = valueAt(input, path);
  const missing = !found && issue.code === 'invalid_type';
  const problem =
    issue.message === GENERIC_MESSAGE || missing ? describeProblem(issue, missing) : issue.message;

  const table = path[0] === 'library' ? TABLES[String(path[1])] : undefined;
  if (table && typeof path[2] === 'number') {
    const id = valueAt(input, path.slice(0, 3).concat('id')).value;
    const shownId =
      typeof id === 'string' && id ? ` (id ${id.length > 40 ? `${id.slice(0, 40)}…` : id})` : '';
    const subject = `${table} ${path[2] + 1}${shownId}`;
    const field = formatPath(path.slice(3));
    return field ? `${subject}: ${field} ${problem}` : `${subject} ${problem}`;
  }
  const field = formatPath(path);
  return field ? `${field} ${problem}` : `the bundle ${problem}`;
}
