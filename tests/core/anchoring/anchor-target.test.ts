import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FULL_SCAN_QUOTE_LENGTH, anchorTarget } from '../../../src/core/anchoring/anchor-target';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { corpusUrl as corpus } from '../../support/repo-paths';

const document002 = readFileSync(new URL('documents/002_f51d64f123fd7464.txt', corpus), 'utf8');

function selectorsFor(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  return describeRange(text, at, at + quote.length);
}

describe('anchorTarget', () => {
  it('returns the stored position when the text there is unchanged', () => {
    const selectors = selectorsFor(document002, 'about 285 expressions of interest');
    expect(anchorTarget(document002, selectors)).toEqual({
      start: selectors[1].start,
      end: selectors[1].end,
    });
  });

  it('follows the quote when text is inserted before it', () => {
    const quote = '“much higher than we anticipated”';
    const selectors = selectorsFor(document002, quote);
    const edited = `Editor’s note: updated.\n\n${document002}`;
    const range = anchorTarget(edited, selectors);
    expect(range).toEqual({ start: selectors[1].start + 25, end: selectors[1].end + 25 });
  });

  it('tells repeated quotes apart by their context, not just nearness', () => {
    // "• Comment" occurs twice in 002; pick the second and move both by inserting text between them.
    const selectors = selectorsFor(document002, '• Comment', 1);
    const firstAt = document002.indexOf('• Comment');
    const edited = `${document002.slice(0, firstAt + 20)}${'new paragraph text. '.repeat(200)}${document002.slice(firstAt + 20)}`;
    const range = anchorTarget(edited, selectors)!;
    expect(range.start).toBe(selectors[1].start + 4000);
    expect(edited.slice(range.start, range.end)).toBe('• Comment');
  });

  it('re-anchors a quote whose text was lightly edited (typo fixes, changed punctuation)', () => {
    const quote = 'the department had received about 285 expressions of interest in the fund';
    const selectors = selectorsFor(document002, quote);
    const edited = document002
      .replace('had received about 285', 'has received around 285')
      .replace(/^/, 'Updated.\n');
    const range = anchorTarget(edited, selectors)!;
    expect(range).not.toBeNull();
    expect(edited.slice(range.start, range.end)).toBe(
      'the department has received around 285 expressions of interest in the fund',
    );
  });

  it('re-anchors a long quote near its old position after an edit inside it', () => {
    const start = document002.indexOf('Officials from the Department');
    const end = document002.indexOf('are run.', start) + 'are run.'.length;
    const selectors = describeRange(document002, start, end);
    // Longer than a full-text approximate scan allows, so this exercises the search near the old position.
    expect(selectors[0].exact.length).toBeGreaterThan(MAX_FULL_SCAN_QUOTE_LENGTH);
    const edited = document002.replace('60 strongest applications', '60 best applications');
    const range = anchorTarget(edited, selectors)!;
    expect(range.start).toBe(start);
    expect(edited.slice(range.start, range.end)).toMatch(
      /^Officials from the .* 60 best applications .*are run\.$/s,
    );
  });

  it('returns null (an orphan) when the passage is gone', () => {
    const selectors = selectorsFor(
      document002,
      'There are not enough qualified, experienced social workers.',
    );
    const removed = document002.replace('There are not enough qualified, experienced social workers.', '');
    expect(anchorTarget(removed, selectors)).toBeNull();
    expect(anchorTarget('Unrelated text entirely, nothing like it.', selectors)).toBeNull();
  });

  it('uses the position alone only when there is no quote to check', () => {
    expect(anchorTarget('abcdef', [{ type: 'TextPositionSelector', start: 1, end: 3 }])).toEqual({
      start: 1,
      end: 3,
    });
    expect(anchorTarget('ab', [{ type: 'TextPositionSelector', start: 1, end: 3 }])).toBeNull();
  });

  it('round-trips any range of any text', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', maxLength: 200 })
          .chain((text) =>
            fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })),
          ),
        ([text, a, b]) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          expect(anchorTarget(text, describeRange(text, start, end))).toEqual({ start, end });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('still finds the range after text is inserted before it', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
          .chain((text) =>
            fc.tuple(
              fc.constant(text),
              fc.nat({ max: text.length - 1 }),
              fc.integer({ min: 1, max: 40 }),
              fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }),
              fc.nat(),
            ),
          ),
        ([text, start, length, inserted, insertSeed]) => {
          const end = Math.min(text.length, start + length);
          const insertAt = insertSeed % (start + 1);
          const edited = text.slice(0, insertAt) + inserted + text.slice(insertAt);
          const selectors = describeRange(text, start, end);
          const range = anchorTarget(edited, selectors);
          expect(range).not.toBeNull();
          expect(edited.slice(range!.start, range!.end)).toBe(selectors[0].exact);
          // When the quote occurs once, it must be exactly the moved range.
          const exact = selectors[0].exact;
          if (edited.indexOf(exact) === edited.lastIndexOf(exact)) {
            expect(range).toEqual({ start: start + inserted.length, end: end + inserted.length });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
