// Each slice of the renderer's UI state, through the real store: what its actions do and what its
// selectors read, in plain Node.
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimTarget } from '../../../src/core/model/records';
import { createAppStore } from '../../../src/renderer/store/app-store';
import { selectPendingRange } from '../../../src/renderer/store/slices/draft';
import { isFiltered, NO_FILTERS } from '../../../src/renderer/store/slices/filters';
import { selectFocusRequest } from '../../../src/renderer/store/slices/focus';
import { selectMinConfidence } from '../../../src/renderer/store/slices/suggestion-view';

const target: ClaimTarget = {
  source: 's1',
  selector: [
    { type: 'TextQuoteSelector', exact: '£8.52m', prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 10, end: 16 },
  ],
};

describe('navigation', () => {
  it('opens a source, dropping the selection made in the last one', () => {
    const store = createAppStore();
    const nav = store.actions.navigation;
    nav.openSource('s1');
    nav.showClaim('c1');
    nav.selectKeyboardRange({ start: 0, end: 4 });
    nav.openSource('s2');
    expect(store.getState().navigation).toMatchObject({
      openSourceId: 's2',
      selectedClaimId: null,
      keyboardRange: null,
    });
  });

  it('shows a claim of another source by opening that source', () => {
    const store = createAppStore();
    store.actions.navigation.openSource('s1');
    store.actions.navigation.showClaim('c9', 's2');
    expect(store.getState().navigation).toMatchObject({ openSourceId: 's2', selectedClaimId: 'c9' });
  });

  it('forgets a removed source only when it is the open one', () => {
    const store = createAppStore();
    store.actions.navigation.openSource('s1');
    store.actions.navigation.forgetSource('s2');
    expect(store.getState().navigation.openSourceId).toBe('s1');
    store.actions.navigation.forgetSource('s1');
    expect(store.getState().navigation.openSourceId).toBeNull();
  });

  it('switches the side pane between Claims and Suggestions', () => {
    const store = createAppStore();
    expect(store.getState().navigation.sideTab).toBe('claims');
    store.actions.navigation.showTab('suggestions');
    expect(store.getState().navigation.sideTab).toBe('suggestions');
  });
});

describe('draft', () => {
  it('holds the passage of a new claim, shown only in its own source', () => {
    const store = createAppStore();
    store.actions.draft.startNewClaim('s1', target);
    expect(selectPendingRange(store.getState().draft, 's1')).toEqual({ start: 10, end: 16 });
    expect(selectPendingRange(store.getState().draft, 's2')).toBeNull();
    store.actions.draft.closeDraft();
    expect(store.getState().draft.draft).toBeNull();
  });

  it('holds the id of a claim being edited, with no pending passage', () => {
    const store = createAppStore();
    store.actions.draft.startEditClaim('c1');
    expect(store.getState().draft.draft).toEqual({ mode: 'edit', claimId: 'c1' });
    expect(selectPendingRange(store.getState().draft, 's1')).toBeNull();
  });
});

describe('filters', () => {
  it('sets and clears filters, and says whether any is set', () => {
    const store = createAppStore();
    expect(isFiltered(store.getState().filters)).toBe(false);
    store.actions.filters.setFilters({ kind: 'figure', tagId: 't1' });
    expect(store.getState().filters).toEqual({ kind: 'figure', tagId: 't1', source: 'all' });
    expect(isFiltered(store.getState().filters)).toBe(true);
    store.actions.filters.forgetTag('t1');
    expect(store.getState().filters.tagId).toBe('all');
    store.actions.filters.clearFilters();
    expect(store.getState().filters).toEqual(NO_FILTERS);
  });
});

describe('suggestionView', () => {
  it('shows every suggestion until a threshold the tab offers is chosen, and ignores any other', () => {
    const store = createAppStore();
    const shown = () => selectMinConfidence(store.getState().suggestionView);
    expect(shown()).toBe(0);
    store.actions.suggestionView.setMinConfidence(0.8);
    expect(shown()).toBe(0.8);
    store.actions.suggestionView.setMinConfidence(0.55);
    expect(shown()).toBe(0.8);
    store.actions.suggestionView.setMinConfidence(0);
    expect(shown()).toBe(0);
  });
});

describe('focus', () => {
  it('keeps a request until the place it names marks it handled', () => {
    const store = createAppStore();
    store.actions.focus.requestFocus('suggestion', 'c1');
    const request = selectFocusRequest(store.getState().focus, 'suggestion');
    expect(request).toEqual({ target: 'suggestion', id: 'c1' });
    expect(selectFocusRequest(store.getState().focus, 'claim-form')).toBeNull();
    store.actions.focus.markFocusHandled(request!);
    expect(store.getState().focus.request).toBeNull();
  });

  it('does not let an old request clear a newer one', () => {
    const store = createAppStore();
    store.actions.focus.requestFocus('claim-form');
    const old = store.getState().focus.request!;
    store.actions.focus.requestFocus('claim-form');
    store.actions.focus.markFocusHandled(old);
    expect(store.getState().focus.request).not.toBeNull();
  });
});

describe('dialogs', () => {
  it('opens one dialog at a time, and closes only the one named', () => {
    const store = createAppStore();
    store.actions.dialogs.openDialog('briefing');
    store.actions.dialogs.openDialog('shortcuts');
    expect(store.getState().dialogs.open).toBe('shortcuts');
    store.actions.dialogs.closeDialog('briefing');
    expect(store.getState().dialogs.open).toBe('shortcuts');
    store.actions.dialogs.closeDialog();
    expect(store.getState().dialogs.open).toBeNull();
  });
});

describe('notices', () => {
  it('shows one message, the newest replacing the last', () => {
    const store = createAppStore();
    store.actions.notices.notify({ tone: 'info', title: 'Imported 2 files.' });
    const first = store.getState().notices.current!;
    store.actions.notices.notify({ tone: 'error', title: 'Could not save.' });
    expect(store.getState().notices.current).toMatchObject({ tone: 'error', title: 'Could not save.' });
    // The first message's timer going off must not hide the newer one.
    store.actions.notices.dismissNotice(first.id);
    expect(store.getState().notices.current?.title).toBe('Could not save.');
    store.actions.notices.dismissNotice(store.getState().notices.current!.id);
    expect(store.getState().notices.current).toBeNull();
  });
});

describe('undo', () => {
  it('remembers the last undoable change, and forgets only that one', () => {
    const store = createAppStore();
    store.actions.undo.offerUndo('Claim deleted.', { type: 'restore-claim', claimId: 'c1' });
    const first = store.getState().undo.entry!;
    const before = { id: 'c2' } as Claim;
    store.actions.undo.offerUndo('Claim edited.', { type: 'revert-claim', before });
    store.actions.undo.forgetUndo(first.id);
    expect(store.getState().undo.entry?.action).toEqual({ type: 'revert-claim', before });
  });
});

describe('tasks', () => {
  it('follows an import from start to finish, with a cancel request and a password question', () => {
    const store = createAppStore();
    const tasks = store.actions.tasks;
    tasks.startImport();
    tasks.reportImport({ index: 1, total: 3, name: 'a.pdf' });
    tasks.askPassword({ id: 1, fileName: 'a.pdf', wrong: false });
    tasks.cancelImport();
    expect(store.getState().tasks).toMatchObject({
      importing: { progress: { index: 1 }, cancelRequested: true },
      password: { id: 1 },
    });
    tasks.answerPassword(1);
    expect(store.getState().tasks.password).toBeNull();
    tasks.finishImport();
    expect(store.getState().tasks.importing).toBeNull();
  });

  it('keeps what an import left out for its text until dismissed or the next import starts', () => {
    const store = createAppStore();
    store.actions.tasks.offerSameText(['“b.txt” has the same text as “A”, already in your library.']);
    expect(store.getState().tasks.sameText?.messages).toHaveLength(1);
    store.actions.tasks.startImport();
    expect(store.getState().tasks.sameText).toBeNull();
    store.actions.tasks.offerSameText(['x']);
    store.actions.tasks.dismissSameText();
    expect(store.getState().tasks.sameText).toBeNull();
  });

  it('holds a database import’s preview until it is confirmed or cancelled, and only that one', () => {
    const store = createAppStore();
    store.actions.tasks.previewImport({ id: 1, fileName: 'b.json', lines: ['Adds: 1 source'], warnings: [] });
    store.actions.tasks.closeImportPreview(2);
    expect(store.getState().tasks.importPreview?.fileName).toBe('b.json');
    store.actions.tasks.closeImportPreview(1);
    expect(store.getState().tasks.importPreview).toBeNull();
  });

  it('ignores progress when no import runs', () => {
    const store = createAppStore();
    store.actions.tasks.reportImport({ index: 1, total: 1, name: 'x' });
    expect(store.getState().tasks.importing).toBeNull();
  });
});

describe('search', () => {
  it('holds the query and its filters, and forgets a removed tag', () => {
    const store = createAppStore();
    const { setQuery, setSearchFilters, forgetSearchTag } = store.actions.search;
    setQuery('profit');
    setSearchFilters({ format: 'pdf', tagId: 't1' });
    expect(store.getState().search).toEqual({ query: 'profit', format: 'pdf', tagId: 't1' });
    const before = store.getState().search;
    setSearchFilters({ format: 'pdf' });
    expect(store.getState().search).toBe(before);
    forgetSearchTag('t1');
    expect(store.getState().search.tagId).toBe('all');
  });
});
