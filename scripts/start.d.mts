// Types for start.mjs, so the tests (TypeScript) can import its plain functions.
export type BinaryDetection = { available: true; path: string } | { available: false; reason: string };
export function detectElectronBinary(
  electronDir: string,
  env?: Record<string, string | undefined>,
): BinaryDetection;
export function detectDisplay(
  platform?: string,
  env?: Record<string, string | undefined>,
): { available: true } | { available: false; reason: string };
export function describeFallback(reason: string): string;
export function start(): Promise<number>;
