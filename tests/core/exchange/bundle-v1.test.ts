// A bundle written by version 1 of the model (kept as a file, tests/fixtures/bundles/v1) still opens: it is
// checked by its own version's rules, then every claim gains its source sentence as its statement and the
// library an empty list of briefings, with nothing else changed, so merging it is the same as before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION } from '../../../src/core/exchange/bundle-schema';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import type { Claim } from '../../../src/core/model/records';
import { repoRoot } from '../../support/repo-paths';

const V1_FILE = path.join(repoRoot, 'tests/fixtures/bundles/v1/naas-and-4children.json');
const v1Text = readFileSync(V1_FILE, 'utf8');
const v1 = JSON.parse(v1Text) as {
  version: number;
  library: { claims: Omit<Claim, 'statement'>[]; [table: string]: unknown[] };
};

function parsed() {
  const result = parseBundle(v1Text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const statementOf = (id: string) => parsed().bundle.library.claims.find((c) => c.id === id)?.statement;

describe('a version 1 bundle', () => {
  it('is the version it says, without statements or briefings', () => {
    expect(v1.version).toBe(1);
    expect(v1.library.claims).toHaveLength(7);
    expect(v1.library.claims.every((c) => !('statement' in c))).toBe(true);
    expect(v1.library).not.toHaveProperty('briefings');
  });

  it('imports, migrated to the current version', () => {
    const result = parsed();
    expect(result.migratedFrom).toBe(1);
    expect(result.bundle.version).toBe(BUNDLE_VERSION);
    expect(result.bundle.library.briefings).toEqual([]);
  });

  it('keeps every record as it was, adding only the statements', () => {
    const { library } = parsed().bundle;
    for (const table of ['researchers', 'tags', 'sources'] as const) {
      expect(library[table]).toEqual(v1.library[table]);
    }
    expect(library.claims.map(({ statement: _statement, ...rest }) => rest)).toEqual(v1.library.claims);
  });

  it('gives each claim the sentence of its source that holds the passage', () => {
    expect(statementOf('claim-figure')).toBe(
      '£8.52m of it gong to the private sector and only £2.7 m going to a very small group of LAs to do ' +
        'in any case what a UNISON and BASW surveys conclude social workers think will do more harm than good',
    );
    expect(statementOf('claim-date')).toBe(
      'There are currently two independent trusts established with support from this department: the ' +
        'Doncaster Children’s Service Trust (established in October 2014) and Slough Children’s Services ' +
        'Trust (established in September 2015).',
    );
    expect(statementOf('claim-stance')).toBe(
      'Barnardo’s also warns against allowing organisations to make a profit from child protection.',
    );
    expect(statementOf('claim-quote')).toBe(
      'This total is split £2.7 million for local authorities and £8.52 million for private companies',
    );
    // deleted and rejected claims too: a later undelete or merge finds a complete record
    expect(statementOf('claim-deleted')).toBe(
      'Answers to a Parliamentary Question by Emma Lewell-Buck MP Dec 2017',
    );
    expect(statementOf('claim-rejected')).toContain('£3.66 million');
  });

  it('reads back the same after being written at the current version', () => {
    const { bundle } = parsed();
    const again = parseBundle(serialiseBundle(createBundle(bundle.library, bundle.exportedAt)));
    expect(again.ok && again.bundle).toEqual(bundle);
    expect(again.ok && again.migratedFrom).toBeUndefined();
  });

  it('merges with itself migrated twice without a change or a conflict', () => {
    const { library } = parsed().bundle;
    const result = mergeLibraries(library, parsed().bundle.library);
    expect(result.conflicts).toEqual([]);
    expect(result.library).toEqual(library);
  });

  it('is refused when it carries what version 1 did not have', () => {
    const withStatement = structuredClone(v1) as typeof v1;
    (withStatement.library.claims[0] as Claim).statement = 'written later';
    expect(parseBundle(JSON.stringify(withStatement))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/statement/),
    });
    const withBriefings = { ...v1, library: { ...v1.library, briefings: [] } };
    expect(parseBundle(JSON.stringify(withBriefings))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/briefings/),
    });
  });

  it('is refused whole when one of its claims is broken, as before', () => {
    const broken = structuredClone(v1) as typeof v1;
    broken.library.claims[2]!.target.selector[0].exact = 'not in the source';
    expect(parseBundle(JSON.stringify(broken))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not match the source's text/),
    });
  });
});
