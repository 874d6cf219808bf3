// A bundle is known by its opening, without parsing the file: what our writer writes (with a BOM or not)
// is a bundle; other JSON, including a bundle-like file whose format comes later or names another format,
// is left to the other formats' detection.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { looksLikeBundle } from '../../../src/core/exchange/looks-like-bundle';

const encode = (text: string) => new TextEncoder().encode(text);
const empty = { researchers: [], tags: [], sources: [], claims: [], briefings: [] };

describe('looksLikeBundle', () => {
  it('knows a bundle our writer wrote, with or without a byte order mark', () => {
    const text = serialiseBundle(createBundle(empty, '2026-01-01T00:00:00.000Z'));
    expect(looksLikeBundle(encode(text))).toBe(true);
    expect(looksLikeBundle(encode(`\uFEFF${text}`))).toBe(true);
    expect(looksLikeBundle(encode(JSON.stringify(JSON.parse(text))))).toBe(true);
  });

  it('leaves other JSON to detection', () => {
    const w3c = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' };
    expect(looksLikeBundle(encode(JSON.stringify(w3c)))).toBe(false);
    expect(looksLikeBundle(encode('{"version":2,"format":"evidence-workbench.bundle"}'))).toBe(false);
    expect(looksLikeBundle(encode('{"format":"evidence-workbenchXbundle"}'))).toBe(false);
    expect(looksLikeBundle(new Uint8Array())).toBe(false);
  });
});
