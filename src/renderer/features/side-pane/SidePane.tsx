// The right-hand pane: "Claims", "Suggestions", "Cross-checks" and "Search" as tabs, so none squeezes the
// others. The tab shown lives in the store, so "Add claim" can bring Claims forward and new suggestions can
// bring Suggestions. Arrow keys move between the tabs, as in any tab list.
import { useRef, type KeyboardEvent } from 'react';
import { useWorkbench } from '../../services/workbench-context';
import { countClaims } from '../../storage/claim-queries';
import { useLiveData } from '../../storage/live-query';
import type { SideTab } from '../../store/slices/navigation';
import { useActions, useAppState } from '../../store/use-app-store';
import { ClaimsPane } from '../claims/ClaimsPane';
import { CrossChecksPanel } from '../crosscheck/CrossChecksPanel';
import { SearchResultsPanel } from '../search/SearchResultsPanel';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'suggestions', label: 'Suggestions' },
  { id: 'crosschecks', label: 'Cross-checks' },
  { id: 'search', label: 'Search' },
];

export function SidePane() {
  const tab = useAppState((s) => s.navigation.sideTab);
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const { showTab } = useActions().navigation;
  const { store } = useWorkbench();
  const tabsRef = useRef<HTMLDivElement>(null);
  // The open source's suggestions waiting for a decision, counted through the [sourceId+status] index.
  const suggested = useLiveData(
    () =>
      openSourceId === null
        ? Promise.resolve(0)
        : countClaims(store, { by: 'source', sourceId: openSourceId, status: 'suggested' }),
    [store, openSourceId],
  );
  const toReview = suggested.status === 'ready' ? suggested.data : 0;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1;
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + step) % TABS.length] as (typeof TABS)[number];
    showTab(next.id);
    tabsRef.current?.querySelector<HTMLElement>(`#side-tab-${next.id}`)?.focus();
  };

  return (
    <div className="side-pane">
      <div className="side-tabs" role="tablist" aria-label="Side pane" ref={tabsRef} onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`side-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`side-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="side-tab"
            onClick={() => showTab(t.id)}
          >
            <span className="side-tab-label">{t.label}</span>
            {t.id === 'suggestions' && toReview > 0 && (
              <span className="tab-count" aria-hidden="true">
                {toReview > 999 ? '999+' : toReview.toLocaleString('en-GB')}
              </span>
            )}
          </button>
        ))}
      </div>
      <div
        id={`side-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`side-tab-${tab}`}
        className="side-panel"
      >
        {tab === 'claims' ? (
          <ClaimsPane />
        ) : tab === 'suggestions' ? (
          <SuggestionsPanel key={openSourceId ?? ''} />
        ) : tab === 'search' ? (
          <SearchResultsPanel />
        ) : (
          <CrossChecksPanel />
        )}
      </div>
    </div>
  );
}
