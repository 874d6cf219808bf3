// A codebook nested far deeper than the call stack could follow by recursion is read whole, in document
// order, each code under its parent; and the walks over a whole project's elements reach every element
// of a tree that deep.
import { describe, expect, it } from 'vitest';
import { eachElement } from '../../../../src/core/interchange/refi-qda/each-element';
import { readCodes } from '../../../../src/core/interchange/refi-qda/read-codes';
import type { XmlElement } from '../../../../src/core/interchange/refi-qda/read-xml-safely';
import type { SkippedItem } from '../../../../src/core/interchange/interchange-format';

const DEPTH = 10_000;

const element = (name: string, attributes: Record<string, string>, children: XmlElement[] = []) => ({
  name,
  attributes,
  children,
  text: '',
});

/** <Codes> holding one chain of DEPTH codes, each the only child of the one before, then a sibling. */
function deepCodebook(): XmlElement {
  const guid = (i: number) => `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  let code = element('Code', { guid: guid(DEPTH - 1), name: `Code ${DEPTH - 1}` });
  for (let i = DEPTH - 2; i >= 0; i--) code = element('Code', { guid: guid(i), name: `Code ${i}` }, [code]);
  return element('Codes', {}, [code, element('Code', { guid: guid(DEPTH), name: 'Sibling' })]);
}

describe('REFI-QDA codes nested 10,000 deep', () => {
  it('reads every code in document order, each under the one that holds it', () => {
    const skipped: SkippedItem[] = [];
    const tags = readCodes(
      deepCodebook(),
      { existing: [], now: '2025-01-01T00:00:00.000Z', researcherId: 'r1' },
      skipped,
    );
    expect(skipped).toEqual([]);
    expect(tags).toHaveLength(DEPTH + 1);
    expect(tags.slice(0, 3).map((t) => t.name)).toEqual(['Code 0', 'Code 1', 'Code 2']);
    expect(tags[0]!.parentId).toBeNull();
    for (let i = 1; i < DEPTH; i++) expect(tags[i]!.parentId).toBe(tags[i - 1]!.id);
    expect(tags[DEPTH]).toMatchObject({ name: 'Sibling', parentId: null });
  });

  it('visits every element of the tree once, parents before children', () => {
    const names: string[] = [];
    eachElement(deepCodebook(), (el) => names.push(el.attributes.name ?? el.name));
    expect(names).toHaveLength(DEPTH + 2);
    expect(names.slice(0, 3)).toEqual(['Codes', 'Code 0', 'Code 1']);
    expect(names.at(-1)).toBe('Sibling');
  });
});
