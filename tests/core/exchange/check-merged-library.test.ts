// The lighter check before a merge is written trusts only records read from validated bundles, by
// identity: a record the merge made is checked by its schema, and the rules between records run over all,
// so it refuses exactly what the full check refuses, with the same message.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { checkMergedLibrary, recordsOf } from '../../../src/core/exchange/check-merged-library';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import type { Library } from '../../../src/core/model/records';

const read = (): Library => buildLibrary({ seed: 5, sources: 20, claims: 200, sourceChars: 800, tags: 12 });

describe('checkMergedLibrary', () => {
  it('accepts a valid library whose records all came from checked bundles', () => {
    const library = read();
    expect(validateLibrary(library)).toEqual({ ok: true });
    expect(checkMergedLibrary(library, recordsOf(library))).toEqual({ ok: true });
  });

  it('checks a record the merge made against its schema, with the full check’s message', () => {
    const library = read();
    const checked = recordsOf(library);
    const claim = library.claims[3]!;
    library.claims[3] = { ...claim, status: 'maybe' as never };
    const result = checkMergedLibrary(library, checked);
    expect(result.ok).toBe(false);
    expect(result).toEqual(validateLibrary(library));
    // The same damage in a record taken as checked is not parsed again (it was, when its bundle was read).
    library.claims[3] = Object.assign(claim, { status: 'maybe' as never });
    expect(checkMergedLibrary(library, checked)).toEqual({ ok: true });
  });

  it('checks every record when none is taken as checked (the app’s own, an interchange file’s)', () => {
    const library = read();
    expect(checkMergedLibrary(library)).toEqual({ ok: true });
    library.sources[2] = { ...library.sources[2]!, textHash: 'not a hash' };
    const result = checkMergedLibrary(library);
    expect(result.ok).toBe(false);
    expect(result).toEqual(validateLibrary(library));
  });

  it('runs the rules between records over every record, checked or not', () => {
    const library = read();
    const checked = recordsOf(library);
    const used = library.claims.find((c) => c.tagIds.length > 0)!;
    library.tags = library.tags.filter((t) => t.id !== used.tagIds[0]);
    const result = checkMergedLibrary(library, checked);
    expect(result.ok).toBe(false);
    expect(result).toEqual(validateLibrary(library));
  });
});
