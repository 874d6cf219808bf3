// The JSON of an interchange file, read strictly: within the import size limit, valid UTF-8 (a BOM
// allowed), and JSON. Each failure says so in words for the researcher; nothing is guessed. Also the small
// readers of loosely typed JSON that the annotation formats need (a value or a list of them).
import { formatSize } from '../files/format-size';
import { LIMITS } from '../limits';
import { countUtf8Sequences } from '../text/decode-text';

export type JsonObject = Record<string, unknown>;

export function readJson(bytes: Uint8Array, what: string): unknown {
  if (bytes.length > LIMITS.fileBytes) {
    throw new Error(
      `The file is ${formatSize(bytes.length)}, more than the ${formatSize(LIMITS.fileBytes)} an import can take.`,
    );
  }
  if (countUtf8Sequences(bytes).firstInvalid >= 0) {
    throw new Error(`The file is not valid UTF-8 text, so it is not ${what}.`);
  }
  const { TextDecoder } = globalThis as unknown as CorePlatformGlobals;
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new Error(`The file is not valid JSON, so it is not ${what}${detail}.`, { cause: error });
  }
}

/** JSON parsed for detection: undefined when it is not UTF-8 JSON. Never throws. */
export function peekJson(bytes: Uint8Array): unknown {
  try {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let at = bom;
    while (at < bytes.length && (bytes[at] as number) <= 0x20) at += 1;
    const opener = bytes[at];
    if (opener !== 0x7b && opener !== 0x5b) return undefined; // { or [
    return readJson(bytes, 'JSON');
  } catch {
    return undefined;
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A single value or a list, as a list (JSON-LD lets most properties be either). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Whether a JSON-LD node's `type` (or `@type`) names `name`, with or without the `oa:` prefix. */
export function hasType(node: unknown, name: string): boolean {
  if (!isObject(node)) return false;
  return asList(node.type ?? node['@type']).some((t) => t === name || t === `oa:${name}`);
}
