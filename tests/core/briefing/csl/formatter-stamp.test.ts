// Formatted references are kept between sessions under their cache key; the key must change with what
// formatted them (citeproc's version, the style and its locale), or an app update would show references
// in the wording of the style it replaced.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { groupCitations } from '../../../../src/core/briefing/csl/citation-plan';
import { CITEPROC_PACKAGE_VERSION, formatterStamp } from '../../../../src/core/briefing/csl/run-citeproc';
import { repoRoot } from '../../../support/repo-paths';

const installed = (
  JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/citeproc/package.json'), 'utf8')) as {
    version: string;
  }
).version;

const items = [
  { id: 'a', type: 'report', title: 'A', author: [{ family: 'Smith' }], issued: { 'date-parts': [[2020]] } },
  { id: 'b', type: 'report', title: 'B', author: [{ family: 'Jones' }], issued: { 'date-parts': [[2021]] } },
];

describe('the formatter stamp in a cache key', () => {
  it('names the citeproc package installed, whose releases change output under one engine version', () => {
    expect(CITEPROC_PACKAGE_VERSION).toBe(installed);
  });

  it('names citeproc’s version and differs between styles', () => {
    const stamps = (['harvard', 'apa', 'chicago'] as const).map(formatterStamp);
    for (const stamp of stamps) expect(stamp.split(':')[1]).toBe(installed);
    expect(new Set(stamps).size).toBe(3);
    expect(formatterStamp('apa')).toBe(stamps[1]);
  });

  it('is part of every group’s key', () => {
    const { keys } = groupCitations('harvard', items);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.split('\u0000')[1]).toBe(formatterStamp('harvard'));
  });
});
