// Spreading a list into a call's arguments puts every element on the stack, which overflows at library
// size; lint must refuse it anywhere in src and accept the loop-based helpers and fixed spreads.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function spreadErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('no argument spread over collections', () => {
  it.each([
    ['src/core/exchange/x.ts', 'export const f = (a: number[], b: number[]) => a.push(...b);'],
    ['src/core/exchange/x.ts', 'export const f = (a: number[], b: number[]) => a.unshift(...b);'],
    ['src/core/exchange/x.ts', 'export const f = (a: number[]) => Math.max(...a);'],
    ['src/core/exchange/x.ts', 'export const f = (a: number[]) => Math.min(0, ...a);'],
    ['src/core/text/x.ts', 'export const f = (a: number[]) => String.fromCharCode(...a);'],
    ['src/core/text/x.ts', 'export const f = (a: string[], b: string[]) => a.concat(...[b]);'],
    ['src/core/text/x.ts', 'export const f = (a: number[], b: number[]) => a.splice(0, 0, ...b);'],
    ['src/core/text/x.ts', 'export const f = (a: number[]) => Math.max.apply(null, a);'],
    ['src/cli/x.ts', 'export const f = (a: string[], b: string[]) => a.push(...b.map((s) => s));'],
    ['src/renderer/features/x.ts', 'export const f = (a: Element[], b: Element[]) => a.push(...b);'],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await spreadErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/core/exchange/x.ts', 'export const f = (a: number[], b: number[]) => [...a, ...b];'],
    ['src/core/exchange/x.ts', 'export const f = (a: number[], b: number) => a.push(b);'],
    ['src/core/exchange/x.ts', 'export const f = (a: object) => ({ ...a });'],
    [
      'src/core/exchange/x.ts',
      'export const f = (g: (x: number, y: number) => number, p: [number, number]) => g(...p);',
    ],
    [
      'src/core/exchange/x.ts',
      "import { maxOf } from '../lists/append-all';\nexport const f = (a: number[]) => maxOf(a);",
    ],
    ['tests/core/x.test.ts', 'export const f = (a: number[]) => Math.max(...a);'],
  ])('accepts in %s: %s', async (file, code) => {
    expect(await spreadErrors(file, code)).toEqual([]);
  });
});
