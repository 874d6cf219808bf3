// The registry: formats are told apart by content, never by extension, and our own bundle, CSV and
// malformed bytes are none of the importable interchange formats.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { detectFormat, INTERCHANGE_FORMATS } from '../../../src/core/interchange/formats';
import { w3cFormat } from '../../../src/core/interchange/w3c/w3c-format';
import { repoRoot } from '../../support/repo-paths';
import { makeWideLibrary } from './interchange-builders';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/interchange', name));
const encode = (text: string) => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('knows W3C and Hypothesis files by their content', () => {
    const ours = w3cFormat.write!(makeWideLibrary(), { now: '2024-07-01T00:00:00.000Z' });
    expect(detectFormat(ours)?.id).toBe('w3c');
    expect(detectFormat(fixture('w3c/foreign-annotations.jsonld'))?.id).toBe('w3c');
    expect(detectFormat(fixture('hypothesis/hypothesis-export.json'))?.id).toBe('hypothesis');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...fixture('hypothesis/hypothesis-export.json')]);
    expect(detectFormat(withBom)?.id).toBe('hypothesis');
  });

  it('finds no interchange format in a bundle, a CSV, malformed JSON or binary bytes', () => {
    const bundle = serialiseBundle(createBundle(makeWideLibrary(), '2024-07-01T00:00:00.000Z'));
    expect(detectFormat(encode(bundle))).toBeUndefined();
    expect(detectFormat(encode('id,quote\r\n1,"x"\r\n'))).toBeUndefined();
    expect(detectFormat(encode('{"type": "Annotation"'))).toBeUndefined();
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]))).toBeUndefined();
  });

  it('lists each format once, with an extension and a label', () => {
    const ids = INTERCHANGE_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of INTERCHANGE_FORMATS) expect(f.label && f.extension).toBeTruthy();
  });
});
