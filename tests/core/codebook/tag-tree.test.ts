// The codebook tree: order (parents first, siblings by name), paths, descendants and loop checks.
import { describe, expect, it } from 'vitest';
import { descendantIds, flattenTagTree, wouldMakeLoop } from '../../../src/core/codebook/tag-tree';
import { makeTag } from '../exchange/library-builders';

const funding = makeTag({ id: 'f', name: 'Funding' });
const grants = makeTag({ id: 'g', name: 'grants', parentId: 'f' });
const loans = makeTag({ id: 'l', name: 'Loans', parentId: 'f' });
const research = makeTag({ id: 'r', name: 'Research', parentId: 'g' });
const actors = makeTag({ id: 'a', name: 'Actors' });
const gone = makeTag({ id: 'x', name: 'Gone', deleted: true });
const stray = makeTag({ id: 's', name: 'Stray', parentId: 'x' });
const tags = [research, loans, funding, gone, grants, stray, actors];

describe('flattenTagTree', () => {
  it('lists live tags depth first, siblings by name ignoring case, a tag with a deleted parent at the root', () => {
    expect(flattenTagTree(tags).map((n) => [n.path.join('/'), n.depth])).toEqual([
      ['Actors', 0],
      ['Funding', 0],
      ['Funding/grants', 1],
      ['Funding/grants/Research', 2],
      ['Funding/Loans', 1],
      ['Stray', 0],
    ]);
  });

  it('ignores accents and case too, and breaks a tie of names by id', () => {
    const siblings = [
      makeTag({ id: 't2', name: 'Étude' }),
      makeTag({ id: 't1', name: 'etude' }),
      makeTag({ id: 't3', name: 'Eszett' }),
      makeTag({ id: 't4', name: 'émigré' }),
    ];
    expect(flattenTagTree(siblings).map((n) => n.tag.id)).toEqual(['t4', 't3', 't1', 't2']);
  });
});

describe('descendantIds', () => {
  it('holds the tag and every tag below it, at any depth', () => {
    expect([...descendantIds(tags, 'f')].sort()).toEqual(['f', 'g', 'l', 'r']);
    expect([...descendantIds(tags, 'l')]).toEqual(['l']);
  });
});

describe('wouldMakeLoop', () => {
  it('refuses a tag under itself or its descendants, and allows anything else', () => {
    expect(wouldMakeLoop(tags, 'f', 'f')).toBe(true);
    expect(wouldMakeLoop(tags, 'f', 'r')).toBe(true);
    expect(wouldMakeLoop(tags, 'r', 'l')).toBe(false);
    expect(wouldMakeLoop(tags, 'g', null)).toBe(false);
  });
});
