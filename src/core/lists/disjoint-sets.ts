// Disjoint sets over the numbers 0 … size−1 (union–find with path compression), for the rules that
// gather things joined by pairs into groups: sources whose citations could collide, one actor's
// conflicting positions. Loops, not recursion: a chain as long as the input must not grow the stack.

export type DisjointSets = {
  /** The representative of `i`'s set. */
  find(i: number): number;
  /** Puts `a` and `b` in one set. */
  union(a: number, b: number): void;
};

export function createDisjointSets(size: number): DisjointSets {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    // Point the path straight at its root, so later look-ups are short.
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  return {
    find,
    union: (a, b) => {
      const [x, y] = [find(a), find(b)];
      if (x !== y) parent[y] = x;
    },
  };
}
