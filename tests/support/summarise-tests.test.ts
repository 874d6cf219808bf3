// CI shows only the tail of its log; the closing summary must total every run and name what failed.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const esc = String.fromCharCode(27);
const red = (text: string) => `${esc}[31m${text}${esc}[39m`;

function summarise(log: string) {
  const run = spawnSync(process.execPath, ['scripts/summarise-tests.mjs'], { input: log, encoding: 'utf8' });
  return { code: run.status, lines: run.stdout.trim().split('\n') };
}

describe('summarise-tests', () => {
  it('totals every run and names each failed test with its error, above the closing line', () => {
    const log = [
      ` ${red('FAIL')}  tests/e2e/a.test.ts > reader > opens at the claim`,
      'TimeoutError: locator.waitFor: Timeout 30000ms exceeded.',
      '      Tests  1 failed | 40 passed (41)',
      '      Tests  12 passed (12)',
    ].join('\n');
    expect(summarise(log)).toEqual({
      code: 1,
      lines: [
        'failed: tests/e2e/a.test.ts > reader > opens at the claim',
        '  TimeoutError: locator.waitFor: Timeout 30000ms exceeded.',
        '52 passed, 1 failed',
      ],
    });
  });

  it('passes a log whose runs all passed, and fails one with no run in it', () => {
    expect(summarise('      Tests  3 passed (3)\n')).toEqual({ code: 0, lines: ['3 passed, 0 failed'] });
    expect(summarise('npm ERR! missing script\n').code).toBe(1);
  });
});
