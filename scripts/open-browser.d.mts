// Types for open-browser.mjs, so the tests (TypeScript) can import its plain functions.
import type { ChildProcess, SpawnOptions } from 'node:child_process';

type Env = Record<string, string | undefined>;
export type BrowserOpener = { command: string; args: string[]; verbatim: boolean } | { skip: string };
export function isCi(env?: Env): boolean;
export function hasGraphicalDisplay(platform?: string, env?: Env): boolean;
export function chooseBrowserOpener(url: string, platform?: string, env?: Env): BrowserOpener;
export function openBrowser(
  opener: { command: string; args: string[]; verbatim: boolean },
  spawnChild?: (command: string, args: string[], options: SpawnOptions) => ChildProcess,
): boolean;
