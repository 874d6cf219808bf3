// The leaders' figures of one unit, kept in value order so that the corroboration index can list those
// within a distance of a value. Leaders arrive one at a time between look-ups, so the order must take an
// insertion cheaply: a sorted array spliced at each one moved every later value along, quadratic with many
// distinct values. A skip list (each value linked at level 0 and, with halving odds, at higher levels)
// finds its place and a range's start in logarithmic time, expected; levels come from a fixed-seed
// generator, so every run builds the same list.

type Node = { value: number; group: number; next: (Node | undefined)[] };

const MAX_LEVEL = 32;

export class SortedValues {
  private readonly head: Node = { value: -Infinity, group: -1, next: new Array(MAX_LEVEL) };
  private level = 1;
  private seed = 0x2545f491;

  /** Records that `group`'s leader has `value`; among equal values the latest comes first. */
  add(value: number, group: number): void {
    const before = new Array<Node>(MAX_LEVEL);
    let at = this.head;
    for (let l = this.level - 1; l >= 0; l--) {
      while (at.next[l] !== undefined && at.next[l]!.value < value) at = at.next[l]!;
      before[l] = at;
    }
    const height = this.randomHeight();
    for (let l = this.level; l < height; l++) before[l] = this.head;
    this.level = Math.max(this.level, height);
    const node: Node = { value, group, next: new Array(height) };
    for (let l = 0; l < height; l++) {
      node.next[l] = before[l]!.next[l];
      before[l]!.next[l] = node;
    }
  }

  /** Groups whose leader's value lies in [low, high], in value order. */
  *within(low: number, high: number): Iterable<number> {
    let at = this.head;
    for (let l = this.level - 1; l >= 0; l--) {
      while (at.next[l] !== undefined && at.next[l]!.value < low) at = at.next[l]!;
    }
    for (let node = at.next[0]; node !== undefined && node.value <= high; node = node.next[0]) {
      yield node.group;
    }
  }

  /** 1 with odds 1/2, 2 with 1/4, …: xorshift32 bits, the count of trailing ones plus one. */
  private randomHeight(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    let height = 1;
    while (height < MAX_LEVEL && ((this.seed >>> (height - 1)) & 1) === 1) height += 1;
    return height;
  }
}
