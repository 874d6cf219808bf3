// What the Conflicts dialog says about a version that lost a merge, for the records of model version 2: a
// claim whose statement differs, and a briefing, named by its title, with the fields that differ.
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/core/model/records';
import {
  describeRecord,
  describeRecordType,
  listDifferences,
} from '../../../src/renderer/features/sharing/conflict-view';
import type { OpenConflict } from '../../../src/renderer/storage/conflicts';
import { makeBriefing, makeClaim, makeCorpusSource } from '../../core/exchange/library-builders';

const lookup = { sourceTitle: () => 'NAAS answer', tagName: (id: string) => id };
const who = { id: 'x', detectedAt: '2030-01-01T00:00:00.000Z', currentBy: 'Alice', lostBy: 'Bob' };

describe('conflict view', () => {
  it('shows a claim’s statement among the fields that differ', () => {
    const claim = makeClaim(makeCorpusSource('000_38c8a26222ede8aa.txt'), '£11.22m', {
      statement: 'Total £11.22m.',
    });
    const conflict: OpenConflict = {
      ...who,
      table: 'claims',
      recordId: claim.id,
      current: claim,
      lost: { ...claim, statement: 'NAAS costs £11.22m.', updatedBy: 'r-bob' },
    };
    expect(listDifferences(conflict, lookup)).toEqual([
      { label: 'Statement', current: 'Total £11.22m.', other: 'NAAS costs £11.22m.' },
    ]);
  });

  it('names a briefing by its title and lists what differs', () => {
    const current = makeBriefing();
    const lost: Briefing = { ...current, style: 'chicago', sections: ['timeline'], updatedBy: 'r-bob' };
    const conflict: OpenConflict = { ...who, table: 'briefings', recordId: current.id, current, lost };
    expect(describeRecordType(conflict)).toBe('Briefing');
    expect(describeRecord(conflict, lookup)).toBe('NAAS funding');
    expect(listDifferences(conflict, lookup)).toEqual([
      { label: 'Sections', current: 'key-figures, cross-checks, references', other: 'timeline' },
      { label: 'Citation style', current: 'harvard', other: 'chicago' },
    ]);
  });
});
