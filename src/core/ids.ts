// Record ids for claims, tags, researchers and other records that are not content-addressed (sources are:
// their id is the SHA-256 of their bytes). A random UUID v4 never collides across laptops, which
// state-based merging relies on.

/** A new random UUID v4. */
export function createId(): string {
  return (globalThis as unknown as CorePlatformGlobals).crypto.randomUUID();
}
