// For any names, descriptions, notes, statements and source text (any Unicode: emoji, CJK, markup
// characters, quotes, tabs, line breaks), the exported project validates against the standard's schema and
// reads back with every field the format carries unchanged. Characters XML 1.0 cannot hold at all (most
// control characters, lone surrogates) are the one exception: they come back as U+FFFD.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXmlChars } from '../../../../src/core/interchange/refi-qda/xml-text';
import { qdpxFormat } from '../../../../src/core/interchange/refi-qda/qdpx-format';
import { describeRange } from '../../../../src/core/anchoring/describe-range';
import type { Library } from '../../../../src/core/model/records';
import { ALICE, CONTEXT, EMPTY_LIBRARY, makeEmojiSource, readContext } from './qda-library';
import { validateXml } from './xmllint';

const T = '2024-05-01T09:00:00.000Z';
const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const nameText = anyText.map((s) => `N${s}`);

const libraryArbitrary = fc
  .record({
    researcher: nameText,
    tagName: nameText,
    childName: nameText,
    description: anyText,
    note: anyText,
    statement: anyText,
    // A source's text never holds a CR (the text definition makes every line end LF).
    before: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/\r/g, '')),
    quote: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .map((s) => s.replace(/\r/g, '') || 'q'),
  })
  .map((f): Library => {
    const base = makeEmojiSource();
    const text = `${f.before}${f.quote}${base.text}`;
    const source = { ...base, text, textHash: 'h' };
    const tag = (id: string, name: string, parentId: string | null) => ({
      id,
      name,
      parentId,
      colour: '#123abc',
      description: f.description,
      updatedAt: T,
      updatedBy: ALICE,
      deleted: false,
    });
    return {
      researchers: [{ id: ALICE, displayName: f.researcher, updatedAt: T, updatedBy: ALICE, deleted: false }],
      tags: [
        tag('a1111111-1111-4111-8111-111111111111', f.tagName, null),
        tag('a2222222-2222-4222-8222-222222222222', f.childName, 'a1111111-1111-4111-8111-111111111111'),
      ],
      sources: [source],
      claims: [
        {
          id: 'c1111111-1111-4111-8111-111111111111',
          sourceId: source.id,
          target: {
            source: source.id,
            selector: describeRange(text, f.before.length, f.before.length + f.quote.length),
          },
          kind: 'quote',
          fields: {},
          statement: f.statement,
          tagIds: ['a2222222-2222-4222-8222-222222222222'],
          note: f.note,
          status: 'accepted',
          createdAt: T,
          createdBy: ALICE,
          updatedAt: T,
          updatedBy: ALICE,
          deleted: false,
        },
      ],
      briefings: [],
    };
  });

describe('any library', () => {
  it('exports a valid project and reads back what the format carries', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary, async (library) => {
        const bytes = qdpxFormat.write!(library, CONTEXT);
        expect(validateXml(strFromU8(unzipSync(bytes)['project.qde']!), 'Project-mrt2019.xsd').output).toBe(
          '',
        );
        const { library: back } = await qdpxFormat.read!(bytes, readContext(EMPTY_LIBRARY));
        expect(back.researchers[0]!.displayName).toBe(toXmlChars(library.researchers[0]!.displayName));
        expect(back.tags.map((t) => [t.name, t.description, t.parentId])).toEqual(
          library.tags.map((t) => [toXmlChars(t.name), toXmlChars(t.description), t.parentId]),
        );
        const [claim] = back.claims;
        const [original] = library.claims;
        expect(claim!.target.selector).toEqual(original!.target.selector);
        expect([claim!.note, claim!.statement]).toEqual([
          toXmlChars(original!.note),
          toXmlChars(original!.statement),
        ]);
        expect(back.sources[0]!.text).toBe(library.sources[0]!.text);
      }),
      { numRuns: 40 },
    );
  });
});
