// Types for generate-library.mjs, so TypeScript tests and benchmarks can build libraries in memory.
import type { Library } from '../../src/core/model/records';

export type LibraryOptions = {
  seed: number;
  sources: number;
  claims: number;
  sourceChars: number;
  tags?: number;
  researchers?: number;
  briefings?: number;
  deletedShare?: number;
};
export type BundleName = 'S' | 'S1' | 'S2' | 'M' | 'M1' | 'M2' | 'H';
export const GENERATOR_VERSION: number;
export const EXPORTED_AT: string;
export const PRESETS: Record<'S' | 'M' | 'H', Omit<LibraryOptions, 'seed'>>;
export function buildLibrary(options: LibraryOptions): Library;
export function divergeLibrary(base: Library, options: Record<string, unknown>): Library;
export function divergentPair(
  base: Library,
  seed: number,
  sizeOf: { sources: number; sourceChars: number },
): [Library, Library];
export function writeBundle(file: string, library: Library, exportedAt: string): number;
export function generateBundles(options: {
  names: BundleName[];
  seed?: number;
  dir?: string;
}): Partial<Record<BundleName, string>>;
export function defaultDir(): string;
