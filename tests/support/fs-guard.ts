// Keeps tests inside the repository: wraps node:fs so that opening, reading, listing, stat-ing or writing a
// path in the repository's parent folder but outside the repository (a sibling checkout, a shared folder
// next to it) throws at once. A user who clones the repository has no such siblings, so a test that reads
// one would pass here and fail for them; the guard makes it fail here first. Paths elsewhere (the system
// temp folder, /usr/bin/chromium) are left alone. Installed by the Vitest setup files.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export class OutsideRepositoryError extends Error {
  constructor(operation: string, target: string, repoRoot: string) {
    super(`fs guard: ${operation}(${target}) reaches outside the repository ${repoRoot}`);
    this.name = 'OutsideRepositoryError';
  }
}

/** fs functions whose first argument is a path (with their *Sync and fs.promises twins where Node has them). */
const FIRST_ARG_IS_PATH = [
  'access',
  'appendFile',
  'chmod',
  'chown',
  'exists',
  'glob',
  'lchown',
  'lstat',
  'lutimes',
  'mkdir',
  'mkdtemp',
  'open',
  'opendir',
  'readdir',
  'readFile',
  'readlink',
  'realpath',
  'rm',
  'rmdir',
  'stat',
  'statfs',
  'truncate',
  'unlink',
  'utimes',
  'writeFile',
];
/** fs functions whose first two arguments are paths. */
const TWO_PATHS = ['copyFile', 'cp', 'link', 'rename', 'symlink'];
/** Functions with no Sync or promise twin. */
const STREAMS_AND_WATCHERS = ['createReadStream', 'createWriteStream', 'openAsBlob', 'watch', 'watchFile'];

type AnyFunction = (...args: unknown[]) => unknown;
const GUARDED = Symbol('fs guard');

/** The absolute path an fs argument names, or undefined for a file descriptor or anything else. */
function toPath(arg: unknown): string | undefined {
  if (typeof arg === 'string') return path.resolve(arg);
  if (arg instanceof URL) return arg.protocol === 'file:' ? fileURLToPath(arg) : undefined;
  if (arg instanceof Uint8Array) return path.resolve(Buffer.from(arg).toString());
  return undefined;
}

/** True when `target` is the repository's parent folder or inside it, but not inside the repository. */
export function isOutsideRepository(target: string, repoRoot: string): boolean {
  const root = path.resolve(repoRoot);
  const parent = path.dirname(root);
  const within = (folder: string) => target === folder || target.startsWith(folder + path.sep);
  return within(parent) && !within(root);
}

function wrap(
  original: AnyFunction,
  operation: string,
  pathCount: number,
  repoRoot: string,
  async: boolean,
): AnyFunction {
  const guarded = function (this: unknown, ...args: unknown[]) {
    // flat(): glob also takes an array of patterns.
    for (const arg of args.slice(0, pathCount).flat()) {
      const target = toPath(arg);
      if (target !== undefined && isOutsideRepository(target, repoRoot)) {
        const error = new OutsideRepositoryError(operation, target, repoRoot);
        if (async) return Promise.reject(error);
        throw error;
      }
    }
    return original.apply(this, args);
  };
  // Keep what hangs off the original: realpathSync.native, exists' promisify hook.
  for (const key of Reflect.ownKeys(original)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    const descriptor = Object.getOwnPropertyDescriptor(original, key)!;
    if (key === 'native' && typeof descriptor.value === 'function') {
      descriptor.value = wrap(
        descriptor.value as AnyFunction,
        `${operation}.${String(key)}`,
        pathCount,
        repoRoot,
        async,
      );
    }
    Object.defineProperty(guarded, key, descriptor);
  }
  Object.defineProperty(guarded, GUARDED, { value: true });
  return guarded;
}

function patch(target: object, name: string, pathCount: number, repoRoot: string, async: boolean): void {
  const holder = target as Record<string, unknown>;
  const original = holder[name];
  if (typeof original !== 'function' || (original as unknown as Record<symbol, unknown>)[GUARDED]) return;
  holder[name] = wrap(original as AnyFunction, name, pathCount, repoRoot, async);
}

/** Wraps node:fs (callback, Sync and promise functions) so that no code in this process leaves the repository. */
export function installFsGuard(repoRoot: string): void {
  // The default export is node:fs's own (mutable) module object, which every importer shares.
  const mutableFs = fs as object;
  const promises = fs.promises as object;
  const groups: [string[], number][] = [
    [FIRST_ARG_IS_PATH, 1],
    [TWO_PATHS, 2],
  ];
  for (const [names, pathCount] of groups) {
    for (const name of names) {
      patch(mutableFs, name, pathCount, repoRoot, false);
      patch(mutableFs, `${name}Sync`, pathCount, repoRoot, false);
      patch(promises, name, pathCount, repoRoot, true);
    }
  }
  for (const name of STREAMS_AND_WATCHERS) patch(mutableFs, name, 1, repoRoot, false);
  // Named imports (`import { readFileSync } from 'node:fs'`) are live bindings of the builtin: update them.
  syncBuiltinESMExports();
}
