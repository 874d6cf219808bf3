// Types for web.mjs, so the tests (TypeScript) can import its plain functions.
import type { BrowserOpener } from './open-browser.mjs';

type Env = Record<string, string | undefined>;
export type ChildResult = { code: number; output: string };
export const repoRoot: string;
export function resolvePort(env: Env): number;
export function runChild(
  command: string,
  args: string[],
  options?: { env?: Env; quiet?: boolean },
): Promise<ChildResult>;
export function runVite(args: string[]): Promise<ChildResult>;
export function describeServing(url: string, options?: { notice?: string; opening?: boolean }): string[];
export function buildAndServeWeb(options?: {
  env?: Env;
  notice?: string;
  platform?: string;
  run?: (args: string[]) => Promise<ChildResult>;
  open?: (opener: Exclude<BrowserOpener, { skip: string }>) => boolean;
  print?: (line: string) => void;
  printError?: (line: string) => void;
}): Promise<number>;
export function runIfMain(moduleUrl: string, main: () => Promise<number>, failure: string): void;
