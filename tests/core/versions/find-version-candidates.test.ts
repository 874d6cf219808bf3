import { describe, expect, it } from 'vitest';
import {
  describeVersionQuestion,
  findVersionCandidates,
} from '../../../src/core/versions/find-version-candidates';
import { VERSION_CASES, makeNewVersion, originalSource } from './version-fixtures';

const [first, second] = VERSION_CASES;
const a = originalSource(first!.original);
const b = originalSource(second!.original);

describe('findVersionCandidates', () => {
  it('offers the source whose text is at least 60% the same', () => {
    const next = {
      ...makeNewVersion(a, first!.edited),
      title: 'Something else',
      metadata: { type: 'report' },
    };
    const found = findVersionCandidates(next, [a, b]);
    expect(found.map((c) => [c.source.id, c.reason])).toEqual([[a.id, 'text']]);
  });

  it('offers a source with the same title or the same URL, even when the text differs', () => {
    const byTitle = { ...b, id: 'f'.repeat(64), title: `  ${a.title.toUpperCase()} ` };
    expect(findVersionCandidates(byTitle, [a, b]).map((c) => c.reason)).toContain('title');
    const withUrl = { ...a, metadata: { ...a.metadata, URL: 'https://example.org/report/' } };
    const sameUrl = {
      ...b,
      id: 'e'.repeat(64),
      title: 'Other',
      metadata: { type: 'report', URL: 'https://EXAMPLE.org/report' },
    };
    const found = findVersionCandidates(sameUrl, [withUrl]);
    expect(found.map((c) => [c.source.id, c.reason])).toEqual([[a.id, 'url']]);
  });

  it('offers nothing for an unrelated document, the same file, or a deleted source', () => {
    const unrelated = { ...b, id: 'd'.repeat(64), title: 'Unrelated' };
    expect(findVersionCandidates(unrelated, [a])).toEqual([]);
    expect(findVersionCandidates(a, [a])).toEqual([]);
    const next = makeNewVersion(a, first!.edited);
    expect(findVersionCandidates(next, [{ ...a, deleted: true }])).toEqual([]);
  });

  it('offers only the newest version of a document', () => {
    const v2 = makeNewVersion(a, first!.edited);
    const v3 = { ...v2, id: 'c'.repeat(64), supersedes: undefined };
    expect(findVersionCandidates(v3, [a, v2]).map((c) => c.source.id)).toEqual([v2.id]);
  });

  it('words the question with the file and the source', () => {
    expect(describeVersionQuestion('report-v2.txt', 'Annual report')).toBe(
      'Import “report-v2.txt” as a new version of “Annual report”?',
    );
  });
});
