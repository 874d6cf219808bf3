// Importing a file whose source is already in the library: a live source stays as it is; a deleted one
// is revived as the fresh import, stamped by the importer after the tombstone, so it wins merges.
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { admitImportedSource } from '../../../src/core/import/admit-source';
import type { Source } from '../../../src/core/model/records';

function source(overrides: Partial<Source> = {}): Source {
  return {
    id: 'b'.repeat(64),
    textHash: 'c'.repeat(64),
    title: 'Budget report',
    format: 'txt',
    fileName: 'budget.txt',
    extractorVersion: 'txt/1+text/1',
    metadata: { type: 'report', title: 'Budget report' },
    text: 'The budget is £8.52m.',
    importedAt: '2024-06-01T12:00:00.000Z',
    updatedAt: '2024-06-01T12:00:00.000Z',
    updatedBy: 'r-alice',
    deleted: false,
    ...overrides,
  };
}

describe('admitImportedSource', () => {
  it('adds a source the library does not have', () => {
    const imported = source();
    expect(admitImportedSource(undefined, imported)).toEqual({ outcome: 'added', source: imported });
  });

  it('leaves a live source as it is', () => {
    const existing = source({ title: 'Edited title', updatedAt: '2024-01-01T00:00:00.000Z' });
    expect(admitImportedSource(existing, source())).toEqual({ outcome: 'already-present', source: existing });
  });

  it('revives a tombstone as the fresh import, stamped by the importer after it', () => {
    // The tombstone is stamped later than the importer's clock (a colleague's clock ran ahead).
    const tombstone = source({ deleted: true, updatedAt: '2024-07-01T00:00:00.000Z', updatedBy: 'r-bob' });
    const imported = source({ extractorVersion: 'txt/2+text/1' });
    const { outcome, source: revived } = admitImportedSource(tombstone, imported);
    expect(outcome).toBe('restored');
    expect(revived).toEqual({ ...imported, updatedAt: '2024-07-01T00:00:00.001Z', updatedBy: 'r-alice' });
    // The revival wins a merge with the library that still has the source deleted, either way round.
    const others = { researchers: [], tags: [], claims: [], briefings: [] };
    const deletedThere = { ...others, sources: [tombstone] };
    const revivedHere = { ...others, sources: [revived] };
    expect(mergeLibraries(deletedThere, revivedHere).library.sources).toEqual([revived]);
    expect(mergeLibraries(revivedHere, deletedThere).library.sources).toEqual([revived]);
  });

  it('stamps the revival at the import time when that is already after the tombstone', () => {
    const tombstone = source({ deleted: true, updatedAt: '2024-05-01T00:00:00.000Z' });
    const { source: revived } = admitImportedSource(tombstone, source());
    expect(revived.updatedAt).toBe('2024-06-01T12:00:00.000Z');
    expect(revived.deleted).toBe(false);
  });
});
