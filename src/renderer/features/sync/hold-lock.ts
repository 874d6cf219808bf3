// One window syncs a library at a time. Two tabs of one browser profile (or two windows) share the
// library and its local PouchDB; two sync sessions over them would write the same documents from two
// memories of what is there. The Web Locks API names a lock per local database: the window holding it
// syncs, and the next one takes over when it closes. The others still see every change at once, because
// they share the library's IndexedDB.

/** The part of the Web Locks API (navigator.locks) used here. */
export type LockManagerLike = {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
};

export type HeldLock = {
  /** Resolves when this window holds the lock. */
  acquired: Promise<void>;
  /** Lets the lock go (or stops waiting for it). */
  release(): void;
};

export function holdLock(locks: LockManagerLike, name: string): HeldLock {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let granted!: () => void;
  const acquired = new Promise<void>((resolve) => (granted = resolve));
  void locks.request(name, () => {
    granted();
    return held;
  });
  return { acquired, release };
}

/** Whether the lock came within `ms` (it is free, or was let go by then). */
export function acquiredWithin(lock: HeldLock, ms: number): Promise<boolean> {
  return Promise.race([
    lock.acquired.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}
