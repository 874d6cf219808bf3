import { describe, expect, it } from 'vitest';
import type { Claim, Source, Tag } from '../../../src/core/model/records';
import { diffLibrary, emptyStamps, isEmptyChange } from '../../../src/renderer/features/search/diff-library';

const stamp = { updatedAt: '2024-06-01T12:00:00.000Z', updatedBy: 'r', deleted: false };
const source = (id: string, text: string, extra: Partial<Source> = {}): Source => ({
  ...stamp,
  id,
  textHash: `hash-${text}`,
  title: id,
  format: 'txt',
  fileName: `${id}.txt`,
  extractorVersion: 'txt/1',
  metadata: { type: 'report' },
  text,
  importedAt: stamp.updatedAt,
  ...extra,
});
const claim = (id: string, extra: Partial<Claim> = {}): Claim => ({
  ...stamp,
  id,
  sourceId: 's1',
  target: {
    source: 's1',
    selector: [
      { type: 'TextQuoteSelector', exact: 'Old', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 3 },
    ],
  },
  kind: 'quote',
  fields: {},
  statement: '',
  tagIds: ['t1'],
  note: '',
  status: 'accepted',
  createdAt: stamp.updatedAt,
  createdBy: 'r',
  ...extra,
});
const tags = (name: string) =>
  new Map<string, Tag>([
    ['t1', { ...stamp, id: 't1', name, parentId: null, colour: '#000000', description: '' }],
  ]);

describe('diffLibrary', () => {
  it('sends everything once, then only what changed, and what is gone', () => {
    const first = diffLibrary(emptyStamps(), [source('s1', 'Old text')], [claim('c1')], tags('Money'));
    expect(first.changes.putSources.map((s) => s.id)).toEqual(['s1']);
    expect(first.changes.putClaims.map((c) => [c.id, c.tagNames])).toEqual([['c1', ['Money']]]);

    const same = diffLibrary(first.next, [source('s1', 'Old text')], [claim('c1')], tags('Money'));
    expect(isEmptyChange(same.changes)).toBe(true);

    // A renamed tag changes what its claims are found by; a rejected claim leaves the index.
    const renamed = diffLibrary(first.next, [source('s1', 'Old text')], [claim('c1')], tags('Finance'));
    expect(renamed.changes.putClaims.map((c) => c.tagNames)).toEqual([['Finance']]);
    const rejected = diffLibrary(
      first.next,
      [source('s1', 'Old text')],
      [claim('c1', { status: 'rejected' })],
      tags('Money'),
    );
    expect(rejected.changes.dropClaims).toEqual(['c1']);

    const edited = diffLibrary(
      first.next,
      [source('s1', 'New text', { updatedAt: '2024-06-02T12:00:00.000Z' })],
      [],
      tags('Money'),
    );
    expect(edited.changes.putSources.map((s) => s.text)).toEqual(['New text']);
    expect(edited.changes.dropClaims).toEqual(['c1']);
    const removed = diffLibrary(edited.next, [], [], tags('Money'));
    expect(removed.changes.dropSources).toEqual(['s1']);
  });
});
