// W3C Web Annotation: our export is a valid-looking collection (every term defined by the standard's
// context or ours, positions in code points), and reading it back into a library that holds the sources
// gives back the same claims and codebook: the round trip loses nothing the format carries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../../src/core/exchange/merge-libraries';
import { validateLibrary } from '../../../../src/core/exchange/validate-library';
import { w3cFormat } from '../../../../src/core/interchange/w3c/w3c-format';
import { EVIDENCE_CONTEXT } from '../../../../src/core/interchange/w3c/w3c-vocabulary';
import type { Claim, Library } from '../../../../src/core/model/records';
import { repoRoot } from '../../../support/repo-paths';
import { makeWideLibrary, WIDE_TEXT } from '../interchange-builders';

const NOW = '2024-07-01T12:00:00.000Z';
const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/interchange/w3c', name);
const anno = JSON.parse(readFileSync(fixture('anno.jsonld'), 'utf8')) as { '@context': object };

type Node = Record<string, unknown>;
const exportOf = (library: Library) =>
  JSON.parse(new TextDecoder().decode(w3cFormat.write!(library, { now: NOW }))) as Node;

function annotationsOf(collection: Node): Node[] {
  const items: Node[] = [];
  for (let page = collection.first as Node | undefined; page; page = page.next as Node | undefined)
    items.push(...(page.items as Node[]));
  return items;
}

/** The library without claims and tags: what a researcher who has the same documents holds. */
function sourcesOnly(library: Library): Library {
  return { ...library, tags: [], claims: [] };
}

const live = <T extends { deleted: boolean }>(records: T[]) => records.filter((r) => !r.deleted);

describe('W3C Web Annotation export', () => {
  const library = makeWideLibrary();
  const collection = exportOf(library);
  const items = annotationsOf(collection);

  it('is an AnnotationCollection of pages holding one Annotation per live claim', () => {
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', EVIDENCE_CONTEXT]);
    expect(collection.type).toBe('AnnotationCollection');
    expect((collection.first as Node).type).toBe('AnnotationPage');
    expect(collection.total).toBe(4);
    expect(items.map((a) => a.id)).not.toContain('urn:evidence-workbench:claim:claim-gone');
    const quote = items.find((a) => String(a.id).endsWith('claim-quote'))!;
    expect(quote.motivation).toBe('highlighting');
    const figure = items.find((a) => String(a.id).endsWith('claim-figure'))!;
    const bodies = figure.body as Node[];
    expect(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['Funding']);
    expect(bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value)).toEqual([
      'The budget is £11.22m.',
      'Check against the\nannual accounts.',
    ]);
    const target = figure.target as Node;
    expect(target.type).toBe('SpecificResource');
    expect(target.source).toMatchObject({
      id: `urn:sha256:${library.sources[0]!.id}`,
      webAddress: 'https://example.org/budget',
    });
  });

  it('counts TextPositionSelector offsets in code points, with emoji and CJK before the quote', () => {
    for (const a of items) {
      const [quote, position] = (a.target as Node).selector as Node[];
      const points = [...WIDE_TEXT].slice(position!.start as number, position!.end as number).join('');
      expect(points).toBe(quote!.exact);
    }
    const figure = items.find((a) => String(a.id).endsWith('claim-figure'))!;
    const position = ((figure.target as Node).selector as Node[])[1]!;
    expect(position.start).toBe(WIDE_TEXT.indexOf('£11.22m') - 3); // 😀 🎉 𠀋: one code point each
  });

  it('uses only terms that the standard context or our own context defines', () => {
    const defined = new Set([...Object.keys(anno['@context']), ...Object.keys(EVIDENCE_CONTEXT), '@context']);
    const undefinedKeys = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (!defined.has(key)) undefinedKeys.add(key);
          if (key !== '@context') walk(inner);
        }
      }
    };
    walk(collection);
    expect([...undefinedKeys]).toEqual([]);
  });
});

describe('W3C Web Annotation import', () => {
  it('round-trips: ours → W3C → ours gives the same claims, tags and researchers', async () => {
    const library = makeWideLibrary();
    const bytes = w3cFormat.write!(library, { now: NOW });
    const existing = sourcesOnly(library);
    const imported = await w3cFormat.read!(bytes, { existing, now: NOW, researcherId: 'r-alice' });
    expect(imported.skipped).toEqual([]);
    const merged = mergeLibraries(existing, imported.library).library;
    expect(validateLibrary(merged)).toEqual({ ok: true });
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(merged.claims)).toEqual(byId(live(library.claims)));
    expect(byId(merged.tags)).toEqual(byId(live(library.tags)));
    expect(byId(merged.researchers)).toEqual(byId(library.researchers));
  });

  it('round-trips an orphaned claim, a changed quote and a page as they were', async () => {
    const library = makeWideLibrary();
    const source = library.sources[0]!;
    const orphan = {
      ...library.claims[3]!,
      id: 'claim-orphan',
      target: {
        source: source.id,
        selector: [
          { type: 'TextQuoteSelector', exact: 'words 🎈 no longer there', prefix: '前 ', suffix: '' },
          { type: 'TextPositionSelector', start: 150, end: 174 },
        ],
        orphaned: true,
      },
    } satisfies Claim;
    const moved = {
      ...library.claims[0]!,
      id: 'claim-moved',
      target: { ...library.claims[0]!.target, page: 2, previousQuote: '£11.2m' },
    } satisfies Claim;
    library.claims.push(orphan, moved);
    const bytes = w3cFormat.write!(library, { now: NOW });
    const existing = sourcesOnly(library);
    const imported = await w3cFormat.read!(bytes, { existing, now: NOW, researcherId: 'r-alice' });
    expect(imported.skipped).toEqual([]);
    const byId = new Map(imported.library.claims.map((c) => [c.id, c]));
    expect(byId.get('claim-orphan')).toEqual(orphan);
    expect(byId.get('claim-moved')).toEqual(moved);
    expect(validateLibrary(mergeLibraries(existing, imported.library).library)).toEqual({ ok: true });
  });

  it('imports the same file twice as the same records', async () => {
    const library = makeWideLibrary();
    const bytes = w3cFormat.write!(library, { now: NOW });
    const first = await w3cFormat.read!(bytes, {
      existing: sourcesOnly(library),
      now: NOW,
      researcherId: 'r-alice',
    });
    const once = mergeLibraries(sourcesOnly(library), first.library).library;
    const again = await w3cFormat.read!(bytes, { existing: once, now: NOW, researcherId: 'r-alice' });
    const twice = mergeLibraries(once, again.library);
    expect(twice.stats.claims.added).toBe(0);
    expect(twice.stats.tags.added).toBe(0);
  });

  it('anchors another tool’s annotations by address or quote and lists the rest with reasons', async () => {
    const library = makeWideLibrary();
    const existing = sourcesOnly(library);
    const bytes = readFileSync(fixture('foreign-annotations.jsonld'));
    expect(w3cFormat.detect(bytes)).toBe(true);
    const { library: incoming, skipped } = await w3cFormat.read!(bytes, {
      existing,
      now: NOW,
      researcherId: 'r-alice',
    });
    const merged = mergeLibraries(existing, incoming).library;
    expect(validateLibrary(merged)).toEqual({ ok: true });
    const text = library.sources[0]!.text;
    const quotes = incoming.claims.map((c) => {
      const [, position] = c.target.selector;
      return text.slice(position.start, position.end);
    });
    expect(quotes).toEqual(['£11.22m', 'funding will rise by 12%']);
    expect(incoming.claims[0]).toMatchObject({ kind: 'quote', note: 'Seems high.', status: 'accepted' });
    expect(incoming.tags.map((t) => t.name)).toEqual(['budget']);
    expect(incoming.researchers.map((r) => r.displayName)).toEqual(['Carol Diaz']);
    expect(skipped.map((s) => s.why)).toEqual([
      expect.stringContaining('quotes no passage'),
      expect.stringContaining('https://example.org/elsewhere'),
    ]);
  });

  it('refuses malformed JSON and JSON that is not Web Annotation, in words', async () => {
    const ctx = { existing: sourcesOnly(makeWideLibrary()), now: NOW, researcherId: 'r-alice' };
    const encode = (text: string) => new TextEncoder().encode(text);
    await expect(w3cFormat.read!(encode('{"type": "Annotation",'), ctx)).rejects.toThrow(/not valid JSON/);
    await expect(w3cFormat.read!(encode('{"format": "evidence-bundle"}'), ctx)).rejects.toThrow(
      /not W3C Web Annotation/,
    );
    await expect(w3cFormat.read!(new Uint8Array([0x7b, 0xff, 0x7d]), ctx)).rejects.toThrow(/UTF-8/);
  });

  it('reads hostile shapes without running out of stack, and refuses pages it would have to fetch', async () => {
    const ctx = { existing: sourcesOnly(makeWideLibrary()), now: NOW, researcherId: 'r-alice' };
    const encode = (text: string) => new TextEncoder().encode(text);
    const deep = `{"type": "AnnotationPage", "items": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const read = await w3cFormat.read!(encode(deep), ctx);
    expect(read.library.claims).toEqual([]);
    expect(read.skipped).toEqual([]);
    // A long chain of embedded pages is followed without recursion.
    let chain = '{"type": "AnnotationPage", "items": []}';
    for (let i = 0; i < 5_000; i++) chain = `{"type": "AnnotationPage", "items": [], "next": ${chain}}`;
    expect((await w3cFormat.read!(encode(chain), ctx)).library.claims).toEqual([]);
    const linked = '{"type": "AnnotationCollection", "first": "https://annotations.example.org/page/1"}';
    await expect(w3cFormat.read!(encode(linked), ctx)).rejects.toThrow(/links to its pages/);
  });
});
