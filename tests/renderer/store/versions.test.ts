// The versions slice through the real store: the files waiting for "Import as a new version of …?", and the
// orphan waiting for its passage to be selected again.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/renderer/store/app-store';

const offer = (fileName: string) => ({
  fileName,
  sourceId: `id-${fileName}`,
  title: 'Annual report',
  message: `Import “${fileName}” as a new version of “Annual report”?`,
});

describe('versions', () => {
  it('keeps the offers of an import until each is answered', () => {
    const store = createAppStore();
    store.actions.versions.offerVersions([offer('a.txt'), offer('b.txt')]);
    store.actions.versions.answerOffer('a.txt');
    expect(store.getState().versions.offers.map((o) => o.fileName)).toEqual(['b.txt']);
    const before = store.getState();
    store.actions.versions.answerOffer('a.txt');
    expect(store.getState()).toBe(before);
  });

  it('remembers one orphan being re-attached at a time', () => {
    const store = createAppStore();
    store.actions.versions.startReattach('c1');
    store.actions.versions.startReattach('c2');
    expect(store.getState().versions.reattachingClaimId).toBe('c2');
    store.actions.versions.stopReattach();
    expect(store.getState().versions.reattachingClaimId).toBeNull();
  });
});
