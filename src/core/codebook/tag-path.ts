// A tag's place in the codebook written as text, "Parent/Child/Grandchild", for the codebook CSV and the
// CLI. A name may itself hold "/" or "\", so inside a name "\" is written "\\" and "/" is written "\/";
// any other backslash is refused when read, so every path reads back as exactly the names written.

export function formatTagPath(names: readonly string[]): string {
  return names.map((n) => n.replace(/\\/g, '\\\\').replace(/\//g, '\\/')).join('/');
}

export type ParsedPath = { ok: true; names: string[] } | { ok: false; error: string };

export function parseTagPath(text: string): ParsedPath {
  const names: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next !== '\\' && next !== '/') {
        return { ok: false, error: 'has a "\\" that is not followed by "/" or "\\" (write "\\\\" for one)' };
      }
      current += next;
      i += 1;
    } else if (ch === '/') {
      names.push(current);
      current = '';
    } else current += ch;
  }
  names.push(current);
  const trimmed = names.map((n) => n.trim());
  if (trimmed.some((n) => n === '')) return { ok: false, error: 'has an empty tag name in its path' };
  return { ok: true, names: trimmed };
}
