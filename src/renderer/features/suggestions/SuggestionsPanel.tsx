// The Suggestions tab of the side pane: the open source's pending suggestions grouped by kind with counts,
// "Accept all" per kind, and keyboard review (arrow keys move, A accepts, R rejects, and focus goes on to
// the next suggestion; 1–9 tag it from the codebook), and a threshold that hides the less confident
// ones. Focusing a suggestion shows it in the reader; clicking its dashed highlight focuses it here (a
// focus request in the store, marked handled once honoured).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimStatus } from '../../../core/model/records';
import { useLibraryData } from '../../data/library-data';
import { useClaimsOfSource } from '../../data/use-claims-of-source';
import { useWorkbench } from '../../services/workbench-context';
import { CONFIDENCE_THRESHOLDS, isShownAtThreshold } from '../../../core/suggest/confidence-threshold';
import { selectFocusRequest } from '../../store/slices/focus';
import { selectMinConfidence } from '../../store/slices/suggestion-view';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { VirtualList } from '../../ui/VirtualList';
import { useStoreQuery } from '../../storage/live-query';
import { readSuggestionScores, type SuggestionDecision } from '../../storage/suggestions';
import { useTagKeys } from '../codebook/use-tag-keys';
import { groupSuggestions, pickNextId } from './group-suggestions';
import { SuggestionItem } from './SuggestionItem';
import { useSuggestionActions } from './use-suggestion-actions';
import './suggestions.css';

const SUGGESTED: ClaimStatus[] = ['suggested'];

export function SuggestionsPanel() {
  const { store } = useWorkbench();
  const { tagsById } = useLibraryData();
  const onTagKey = useTagKeys();
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const focusRequest = useAppState((s) => selectFocusRequest(s.focus, 'suggestion'));
  const minConfidence = useAppState((s) => selectMinConfidence(s.suggestionView));
  const { navigation, focus, suggestionView } = useActions();
  const pending = useClaimsOfSource(openSourceId, SUGGESTED);
  const decide = useSuggestionActions();
  const ids = useMemo(() => pending.map((c) => c.id), [pending]);
  const scores = useStoreQuery(
    () => readSuggestionScores(store, ids),
    [store, ids],
    new Map<string, number>(),
  );
  const suggestions = useMemo(
    () => pending.filter((c) => isShownAtThreshold(scores.get(c.id), minConfidence)),
    [pending, scores, minConfidence],
  );
  const hidden = pending.length - suggestions.length;
  const listRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(true);
  const [activeId, setActiveId] = useState<string | null>(null);
  const groups = useMemo(() => groupSuggestions(suggestions), [suggestions]);
  const order = useMemo(() => groups.flatMap((g) => g.items.map((c) => c.id)), [groups]);
  const active = activeId && order.includes(activeId) ? activeId : (order[0] ?? null);

  // The item to focus once its group's virtual list has rendered it (it may be far out of view).
  const [focusWanted, setFocusWanted] = useState<string | null>(null);
  const focusItem = (id: string | null) => {
    if (!id) return;
    setActiveId(id);
    setFocusWanted(id);
  };

  useEffect(() => {
    if (!focusWanted) return;
    // The list renders the item a frame or two after it scrolls there: look for it frame by frame.
    let frames = 0;
    let request = 0;
    const tryFocus = () => {
      const item = listRef.current?.querySelector<HTMLElement>(
        `[data-suggestion-id="${CSS.escape(focusWanted)}"]`,
      );
      if (item) {
        item.focus({ preventScroll: true });
        item.scrollIntoView({ block: 'nearest' });
        setFocusWanted(null);
      } else if ((frames += 1) < 30) request = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(request);
  }, [focusWanted]);

  useEffect(() => {
    if (!focusRequest) return;
    setExpanded(true);
    if (focusRequest.id) focusItem(focusRequest.id);
    focus.markFocusHandled(focusRequest);
  }, [focusRequest, focus]);

  const decideOne = (id: string, decision: SuggestionDecision) => {
    focusItem(pickNextId(order, id));
    void decide([id], decision);
  };

  const onKeyDown = (id: string) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const i = order.indexOf(id);
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusItem(
        order[event.key === 'ArrowDown' ? Math.min(i + 1, order.length - 1) : Math.max(i - 1, 0)] ?? null,
      );
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusItem(event.key === 'Home' ? (order[0] ?? null) : (order[order.length - 1] ?? null));
    } else if (key === 'a' || key === 'r') {
      event.preventDefault();
      decideOne(id, key === 'a' ? 'accepted' : 'rejected');
    } else {
      const suggestion = suggestions.find((s) => s.id === id);
      if (suggestion) onTagKey(event, suggestion);
    }
  };

  const thresholdPicker = (
    <label className="suggestions-threshold">
      Show{' '}
      <select
        value={minConfidence}
        onChange={(event) => suggestionView.setMinConfidence(Number(event.target.value))}
      >
        {CONFIDENCE_THRESHOLDS.map((threshold) => (
          <option key={threshold} value={threshold}>
            {threshold === 0 ? 'all suggestions' : `confidence ${threshold} and above`}
          </option>
        ))}
      </select>
      {hidden > 0 && <span className="pane-count"> {hidden.toLocaleString('en-GB')} hidden</span>}
    </label>
  );

  if (pending.length === 0) {
    return (
      <section className="suggestions" aria-label="Suggestions">
        <EmptyState title="No suggestions to review">
          {openSourceId
            ? 'Press “Suggest claims” to find figures, dates and stances in this source.'
            : 'Open a source and press “Suggest claims”.'}
        </EmptyState>
      </section>
    );
  }

  return (
    <section className="suggestions" aria-label="Suggestions">
      <div className="pane-head suggestions-head">
        <h2>
          <button
            type="button"
            className="suggestions-toggle"
            aria-expanded={expanded}
            onClick={() => setExpanded((e) => !e)}
          >
            Suggestions
          </button>
        </h2>
        <span className="pane-count">{pending.length.toLocaleString('en-GB')} to review</span>
      </div>
      {expanded && (
        <div className="suggestions-body" ref={listRef}>
          <p className="suggestions-hint">
            <kbd>A</kbd> accept · <kbd>R</kbd> reject · <kbd>↑</kbd> <kbd>↓</kbd> move
          </p>
          {thresholdPicker}
          {groups.map((group) => (
            <div
              key={group.kind}
              className="suggestion-group"
              role="group"
              aria-label={`Suggested ${group.label}`}
            >
              <div className="suggestion-group-head">
                <h3>
                  {group.label[0]?.toUpperCase()}
                  {group.label.slice(1)} <span className="pane-count">{group.items.length}</span>
                </h3>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() =>
                    void decide(
                      group.items.map((c) => c.id),
                      'accepted',
                    )
                  }
                >
                  Accept all {group.label}
                </button>
              </div>
              <VirtualList
                items={group.items}
                itemKey={(claim) => claim.id}
                estimateSize={90}
                gap={4}
                scrollRef={listRef}
                activeIndex={group.items.findIndex((c) => c.id === active)}
                className="suggestion-list"
                label={`Suggested ${group.label}`}
                renderItem={(claim, item) => (
                  <SuggestionItem
                    key={claim.id}
                    item={item}
                    suggestion={claim}
                    tags={claim.tagIds.flatMap((id) => tagsById.get(id) ?? [])}
                    confidence={scores.get(claim.id)}
                    active={claim.id === active}
                    onFocus={() => {
                      setActiveId(claim.id);
                      navigation.showClaim(claim.id);
                    }}
                    onKeyDown={onKeyDown(claim.id)}
                    onAccept={() => decideOne(claim.id, 'accepted')}
                    onReject={() => decideOne(claim.id, 'rejected')}
                  />
                )}
              />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
