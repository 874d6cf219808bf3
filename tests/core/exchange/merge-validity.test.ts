// Merging is closed over validity: two valid libraries that grew apart from one base — claims added, edited
// and deleted on either side, the source's text revised on either side (lines added, words replaced,
// passages cut) — merge (and reconcile their claims with the text that won) into a library our own bundle
// validation accepts, whichever side is merged into which. And a damaged bundle never crashes the reader:
// any mutation of a valid bundle's text is either refused with a message or, if still valid, accepted.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import { reconcileClaims } from '../../../src/core/exchange/reconcile-claims';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import type { Claim, Library } from '../../../src/core/model/records';
import { FIRST_DOC, makeCorpusSource, makeResearcher, T0 } from './library-builders';

const base = makeCorpusSource(FIRST_DOC);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Edit =
  | { kind: 'add-claim'; at: number; length: number }
  | { kind: 'edit-claim'; which: number; note: string }
  | { kind: 'delete-claim'; which: number }
  | { kind: 'revise-text'; how: 'prepend' | 'replace-word' | 'cut'; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('add-claim' as const),
    at: fc.nat(2500),
    length: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('edit-claim' as const),
    which: fc.nat(10),
    note: fc.string({ maxLength: 20 }),
  }),
  fc.record({ kind: fc.constant('delete-claim' as const), which: fc.nat(10) }),
  fc.record({
    kind: fc.constant('revise-text' as const),
    how: fc.constantFrom('prepend' as const, 'replace-word' as const, 'cut' as const),
    at: fc.nat(2500),
  }),
);

/** One researcher's library after their edits, each stamped a second after the last. */
function grow(researcher: string, edits: Edit[], start: Library): Library {
  let library = structuredClone(start);
  let clock = Date.parse(T0) + (researcher === 'r-bob' ? 500 : 0);
  const stamp = () => new Date((clock += 1000)).toISOString();
  for (const edit of edits) {
    const source = library.sources[0]!;
    const live = library.claims.filter((c) => !c.deleted);
    if (edit.kind === 'add-claim') {
      const start = edit.at % Math.max(source.text.length - edit.length, 1);
      const at = stamp();
      const claim: Claim = {
        id: `${researcher}-${library.claims.length}`,
        sourceId: source.id,
        target: { source: source.id, selector: describeRange(source.text, start, start + edit.length) },
        kind: 'quote',
        fields: {},
        tagIds: [],
        note: '',
        statement: '',
        status: 'accepted',
        createdAt: at,
        createdBy: researcher,
        updatedAt: at,
        updatedBy: researcher,
        deleted: false,
      };
      library.claims.push(claim);
    } else if ((edit.kind === 'edit-claim' || edit.kind === 'delete-claim') && live.length > 0) {
      const target = live[edit.which % live.length]!;
      const next = { ...target, updatedAt: stamp(), updatedBy: researcher };
      if (edit.kind === 'edit-claim') next.note = edit.note;
      else next.deleted = true;
      library.claims = library.claims.map((c) => (c.id === target.id ? next : c));
    } else if (edit.kind === 'revise-text') {
      const at = edit.at % source.text.length;
      const text =
        edit.how === 'prepend'
          ? `Revised by ${researcher}.\n\n${source.text}`
          : edit.how === 'replace-word'
            ? source.text.slice(0, at) + source.text.slice(at).replace(/\w+/, 'amended')
            : source.text.slice(0, at) + source.text.slice(Math.min(source.text.length, at + 200));
      library.sources = [
        { ...source, text, textHash: sha256(text), updatedAt: stamp(), updatedBy: researcher },
      ];
      // In the app the researcher's own claims follow their text as they edit it: the same reconciling.
      library = reconcileClaims(library).library;
    }
  }
  return library;
}

const start: Library = {
  researchers: [makeResearcher('r-alice', 'Alice'), makeResearcher('r-bob', 'Bob')],
  tags: [],
  sources: [base],
  claims: [],
  briefings: [],
};

describe('merge closed over validity', () => {
  it('merges two valid libraries that grew apart into a valid one, either way round', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 12 }), fc.array(editArb, { maxLength: 12 }), (ea, eb) => {
        const a = grow('r-alice', ea, start);
        const b = grow('r-bob', eb, start);
        expect(validateLibrary(a)).toEqual({ ok: true });
        expect(validateLibrary(b)).toEqual({ ok: true });
        const ab = reconcileClaims(mergeLibraries(a, b).library).library;
        const ba = reconcileClaims(mergeLibraries(b, a).library).library;
        expect(validateLibrary(ab)).toEqual({ ok: true });
        expect(ab).toEqual(ba);
        // No claim is lost: every id of either side is in the merge.
        const ids = new Set(ab.claims.map((c) => c.id));
        for (const c of [...a.claims, ...b.claims]) expect(ids.has(c.id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a damaged bundle', () => {
  const text = serialiseBundle(
    createBundle(grow('r-alice', [{ kind: 'add-claim', at: 10, length: 20 }], start), T0),
  );

  it('is refused with a message or accepted as valid, never a crash', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.nat(text.length - 1), cut: fc.nat(8), insert: fc.string({ maxLength: 6 }) }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (mutations) => {
          let damaged = text;
          for (const m of mutations) {
            const at = m.at % damaged.length;
            damaged = damaged.slice(0, at) + m.insert + damaged.slice(at + m.cut);
          }
          const parsed = parseBundle(damaged);
          if (parsed.ok) expect(validateLibrary(parsed.bundle.library)).toEqual({ ok: true });
          else expect(parsed.error).toMatch(/\S/);
        },
      ),
      { numRuns: 500 },
    );
  });
});
