// What the Suggestions list shows and how the suggester's output becomes claim fields: normalised values
// ("£8,520,000", "October 2014", "4Children · unsure · outsourcing"), the date precision read
// from start and end, grouping by kind in text order, where focus goes after a decision, and which
// sources are read in the worker.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim } from '../../../src/core/model/records';
import type { Suggestion } from '../../../src/core/suggest/suggest-claims';
import {
  describeSuggestion,
  formatConfidence,
} from '../../../src/renderer/features/suggestions/describe-suggestion';
import { groupSuggestions, pickNextId } from '../../../src/renderer/features/suggestions/group-suggestions';
import {
  INLINE_LIMIT,
  pickRunner,
  runInline,
  runInWorker,
} from '../../../src/renderer/features/suggestions/suggest-runner';
import { toSuggestedClaim } from '../../../src/core/suggest/suggestion-fields';

const TEXT = 'In October 2014 it gave £8.52m, and 4Children is not sure about outsourcing. '.repeat(2);

function claimFrom(s: Suggestion, id: string): Claim {
  const span = toSuggestedClaim(s, TEXT);
  return {
    id,
    sourceId: 'src',
    target: { source: 'src', selector: describeRange(TEXT, span.start, span.end) },
    kind: span.kind,
    fields: span.fields,
    statement: span.statement,
    tagIds: [],
    note: '',
    status: 'suggested',
    createdAt: '2030-01-01T00:00:00.000Z',
    createdBy: 'r',
    updatedAt: '2030-01-01T00:00:00.000Z',
    updatedBy: 'r',
    deleted: false,
  };
}

const at = (text: string, from = 0) => ({
  start: TEXT.indexOf(text, from),
  end: TEXT.indexOf(text, from) + text.length,
  text,
});
const figure: Suggestion = { kind: 'figure', ...at('£8.52m'), confidence: 0.95, value: 8520000, unit: 'GBP' };
const date: Suggestion = {
  kind: 'date',
  ...at('October 2014'),
  confidence: 0.9,
  startDate: '2014-10-01',
  endDate: '2014-10-31',
};
const stance: Suggestion = {
  kind: 'stance',
  ...at('4Children is not sure about outsourcing'),
  confidence: 0.7,
  actor: '4Children',
  stance: 'unsure',
  topic: 'outsourcing',
};

describe('suggestion display', () => {
  it('shows normalised values the way the list promises', () => {
    expect(describeSuggestion(claimFrom(figure, 'f'))).toBe('£8,520,000');
    expect(describeSuggestion(claimFrom(date, 'd'))).toBe('October 2014');
    expect(describeSuggestion(claimFrom({ ...date, endDate: '2014-10-01' }, 'd'))).toBe('1 October 2014');
    expect(describeSuggestion(claimFrom(stance, 's'))).toBe('4Children · unsure · outsourcing');
    expect(formatConfidence(0.954)).toBe('95%');
    expect(formatConfidence(undefined)).toBe('');
  });

  it('groups by kind in text order and moves on to the next item after a decision', () => {
    const secondFigure: Suggestion = { ...figure, ...at('£8.52m', figure.end) };
    const claims = [
      claimFrom(stance, 's'),
      claimFrom(secondFigure, 'f2'),
      claimFrom(date, 'd'),
      claimFrom(figure, 'f1'),
    ];
    const groups = groupSuggestions(claims);
    expect(groups.map((g) => [g.kind, g.label, g.items.map((c) => c.id)])).toEqual([
      ['figure', 'figures', ['f1', 'f2']],
      ['date', 'dates', ['d']],
      ['stance', 'stances', ['s']],
    ]);
    const order = groups.flatMap((g) => g.items.map((c) => c.id));
    expect(pickNextId(order, 'f2')).toBe('d');
    expect(pickNextId(order, 's')).toBe('d');
    expect(pickNextId(['only'], 'only')).toBeNull();
  });
});

describe('where the suggester runs', () => {
  it('inline for one small source, in the worker for a big one or several', () => {
    const small = { id: 'a', text: 'x'.repeat(INLINE_LIMIT) };
    const big = { id: 'b', text: 'x'.repeat(INLINE_LIMIT + 1) };
    expect(pickRunner([small])).toBe(runInline);
    expect(pickRunner([big])).toBe(runInWorker);
    expect(pickRunner([small, { ...small, id: 'c' }])).toBe(runInWorker);
  });

  it('hands on each text’s suggestions in order when run inline', async () => {
    const seen: [string, number][] = [];
    await runInline(
      [
        { id: 'one', text: TEXT },
        { id: 'two', text: 'Nothing here.' },
      ],
      async (id, suggestions) => void seen.push([id, suggestions.length]),
    );
    expect(seen.map(([id]) => id)).toEqual(['one', 'two']);
    expect(seen[0]?.[1]).toBeGreaterThan(0);
  });
});
