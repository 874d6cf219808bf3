// The Document pane: the open source's text with its claims highlighted, the "Add claim" action for the
// current selection (made with the mouse, or with the keyboard by sentences), "Remove source", and the
// claims that could not be placed in the text ("Orphans", features/versions). Markdown sources are shown as
// Markdown, PDF sources as their rendered pages (PdfReader); every other format as its extracted text. The
// header carries the source's citation details and "Edit details". It reads what it shows from the store
// and the library data, and changes them only through actions.
import type { HighlightViewProps } from './highlight-view-props';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ClaimTarget, Source } from '../../../core/model/records';
import { describeRange } from '../../../core/anchoring/describe-range';
import { useLibraryData } from '../../data/library-data';
import { useWholeSource } from '../../data/use-source-text';
import { useActions, useAppState } from '../../store/use-app-store';
import { selectPendingRange } from '../../store/slices/draft';
import { EmptyState } from '../../ui/EmptyState';
import { UNTAGGED_COLOUR } from '../../storage/tag-palette';
import { useReaderHighlights } from './use-reader-highlights';
import type { StoredRange } from './chunk-offsets';
import { ReaderText } from './ReaderText';
import { describeMetadata } from '../metadata/describe-metadata';
import { EditDetailsButton } from '../metadata/EditDetailsButton';
import { useReaderSelection } from './use-reader-selection';
import { PdfReader } from './PdfReader';
import { readPdfSelectionRange } from './pdf-selection';
import { findPageAt } from './pdf-offsets';
import { SUGGESTION_COLOURS } from '../suggestions/kind-colours';
import { SuggestButton } from '../suggestions/SuggestButton';
import { useSuggestClaims } from '../suggestions/use-suggest-claims';
import { RemoveSourceButton } from '../library/RemoveSourceButton';
import { useHeldWhile, useSelectingIn } from './use-held-while-selecting';
import { useKeyboardSelection } from './use-keyboard-selection';
import { OrphansPanel } from '../versions/OrphansPanel';
import { VersionNote } from '../versions/VersionNote';
import { findSupersedingSources } from '../../../core/versions/superseded';
import { FindBar } from '../search/FindBar';
import { useFindInDocument } from '../search/use-find-in-document';
import { useMarkdownView } from './use-markdown-view';

/** The claim target for a stored range: quote and position selectors, and the page for PDF sources. */
function targetFor(source: Source, range: StoredRange): ClaimTarget {
  const target: ClaimTarget = {
    source: source.id,
    selector: describeRange(source.text, range.start, range.end),
  };
  // Paginated sources (PDF) also record the page the passage starts on, for citations.
  const page = source.pages ? findPageAt(source.pages, range.start) : undefined;
  if (page !== undefined) target.page = page;
  return target;
}

export function ReaderPane() {
  const { sources, sourcesById, tagsById } = useLibraryData();
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const selectedClaimId = useAppState((s) => s.navigation.selectedClaimId);
  const keyboardRange = useAppState((s) => s.navigation.keyboardRange);
  const draftState = useAppState((s) => s.draft);
  const suggesting = useAppState((s) => s.tasks.suggesting !== null);
  const { navigation, draft, focus } = useActions();
  const { suggestSource } = useSuggestClaims();
  const entry = openSourceId ? sourcesById.get(openSourceId) : undefined;
  const whole = useWholeSource(entry);
  // A Markdown source is still opening until its view is fetched (use-markdown-view.ts).
  const MarkdownView = useMarkdownView(whole?.format === 'md');
  const source = whole?.format === 'md' && !MarkdownView ? undefined : whole;
  const textShown = source !== undefined;
  const draftRange = useMemo(() => selectPendingRange(draftState, openSourceId), [draftState, openSourceId]);
  const pending = draftRange ?? keyboardRange;
  // The first screen's highlights first, then all of them (placed off the main thread when there are many);
  // their read starts as the source is chosen, beside the read of its text. The first screen is the stretch
  // around the passage or claim the source is opened to show.
  const opening = { passageStart: pending?.start ?? null, claimId: selectedClaimId };
  const { claims, suggestions, anchored, drawn } = useReaderHighlights(
    entry ? entry.id : null,
    source?.id === entry?.id ? source?.text : undefined,
    opening,
  );
  const textRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pdfText = source?.format === 'pdf' ? source.text : null;
  const readSelection = useMemo(
    () =>
      pdfText === null
        ? undefined
        : (root: Element, selection: Selection | null) => readPdfSelectionRange(root, selection, pdfText),
    [pdfText],
  );
  const mouseSelection = useReaderSelection(textRef, source?.id, readSelection);
  const selection = mouseSelection ?? (draftRange ? null : keyboardRange);

  const onAddClaim = useCallback(
    (range: StoredRange) => {
      if (!source) return;
      draft.startNewClaim(source.id, targetFor(source, range));
      navigation.selectKeyboardRange(null);
      navigation.showTab('claims');
      focus.requestFocus('claim-form');
      window.getSelection()?.removeAllRanges();
    },
    [source, draft, navigation, focus],
  );
  const onSelectClaim = useCallback(
    (id: string) => {
      navigation.showClaim(id);
      // A click on a suggestion's highlight focuses it in the Suggestions list.
      if (suggestions.some((c) => c.id === id)) {
        navigation.showTab('suggestions');
        focus.requestFocus('suggestion', id);
      }
    },
    [navigation, focus, suggestions],
  );
  const onReaderKeyDown = useKeyboardSelection(source?.text ?? '', selection, onAddClaim);
  // Drawn as they were while the researcher selects text, so a late highlight never takes the selection.
  const placed = useHeldWhile(anchored.placed, useSelectingIn(textRef, source?.id) !== null);
  const suggestedIds = useMemo(() => new Set(suggestions.map((c) => c.id)), [suggestions]);
  const colourOf = useMemo(() => {
    const byClaim = new Map(claims.map((c) => [c.id, c]));
    const suggestionKinds = new Map(suggestions.map((c) => [c.id, c.kind]));
    return (id: string) => {
      const kind = suggestionKinds.get(id);
      if (kind) return SUGGESTION_COLOURS[kind];
      const first = byClaim.get(id)?.tagIds[0];
      return (first && tagsById.get(first)?.colour) || UNTAGGED_COLOUR;
    };
  }, [claims, suggestions, tagsById]);

  const find = useFindInDocument(source?.id, source?.text ?? '');
  const citation = useMemo(() => (source ? describeMetadata(source.metadata) : ''), [source]);
  const newerVersions = useMemo(() => findSupersedingSources(sources), [sources]);
  const attachTarget = useCallback((range: StoredRange) => targetFor(source!, range), [source]);
  const viewProps: HighlightViewProps = {
    placed,
    suggestedIds,
    colourOf,
    selectedClaimId,
    onPickClaim: onSelectClaim,
    pending,
    ...(find.found ? { found: find.found } : {}),
  };

  // The current "Find in document" hit is brought into view (on PDF pages, PdfReader does it).
  useEffect(() => {
    if (!find.found || !textRef.current) return;
    textRef.current.querySelector('mark.find-current')?.scrollIntoView({ block: 'center' });
  }, [find.found]);

  // The selected claim is brought into view once, when its highlight is first drawn (with the first screen,
  // or once all are placed), not again each time the highlights are redrawn (all of them arriving after the
  // first screen's, an edit), which would pull the text back from wherever the researcher has scrolled.
  // One already in view (a highlight clicked) stays where it is. The jump is instant: blocks out of view
  // count at an estimated height until drawn (content-visibility), so a smooth scroll's end, fixed from the
  // estimates, lands off the passage as the blocks it passes are drawn, where the browser keeps an instant
  // scroll on it (scroll anchoring).
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedClaimId !== scrolledTo.current) scrolledTo.current = null;
    const scroller = scrollRef.current;
    if (!selectedClaimId || scrolledTo.current !== null || !textRef.current || !scroller) return;
    const mark = textRef.current.querySelector(`mark[data-claim-ids~="${CSS.escape(selectedClaimId)}"]`);
    if (!mark) return;
    scrolledTo.current = selectedClaimId;
    const box = mark.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) mark.scrollIntoView({ block: 'center' });
  }, [selectedClaimId, placed]);

  // The passage chosen with the keyboard (or opened from a search result) is kept in view as it moves;
  // one out of sight is brought to the middle, so what surrounds it shows too.
  useEffect(() => {
    if (!keyboardRange || !textRef.current) return;
    const mark = textRef.current.querySelector('.highlight-pending, .pdf-highlight-pending');
    const scroller = scrollRef.current;
    if (!mark || !scroller) return;
    const box = mark.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom) return;
    mark.scrollIntoView({ block: box.height < view.height ? 'center' : 'start' });
    // Again once the text has been read: a passage chosen as its source opens waits for it.
  }, [keyboardRange, textShown]);

  if (!source) {
    return (
      <section className="pane document" aria-label="Document">
        <EmptyState
          title={
            entry
              ? `Opening “${entry.title}”…`
              : sources.length > 0
                ? 'Choose a source from the library'
                : 'Import documents to begin'
          }
        >
          {entry
            ? ''
            : sources.length > 0
              ? 'Its text opens here; select a passage and press “Add claim”.'
              : 'Imported documents open here, ready for you to select passages as claims.'}
        </EmptyState>
      </section>
    );
  }

  return (
    <section className="pane document" aria-label="Document">
      <div className="reader-toolbar">
        <div className="reader-heading">
          <h2 className="reader-title">{source.title}</h2>
          <p className="reader-meta">
            {source.fileName} · {source.format.toUpperCase()} · {source.text.length.toLocaleString()}{' '}
            characters
          </p>
        </div>
        <button type="button" className="button" onClick={find.show} title="Find in document (Ctrl+F)">
          Find in document
        </button>
        <EditDetailsButton source={source} />
        <SuggestButton label="Suggest claims" busy={suggesting} onClick={() => void suggestSource(source)} />
        <RemoveSourceButton source={source} />
        <div className="reader-add">
          <span className="selection-hint" aria-live="polite">
            {selection
              ? `${(selection.end - selection.start).toLocaleString()} characters selected`
              : 'Select a passage, or press N in the text'}
          </span>
          <button
            type="button"
            className="button button-primary"
            disabled={!selection}
            // Keep the text selection when the button is pressed with the mouse.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => selection && onAddClaim(selection)}
          >
            Add claim
          </button>
        </div>
        {citation && (
          <p className="reader-citation" title={citation}>
            {citation}
          </p>
        )}
        <VersionNote
          source={source}
          newer={newerVersions.get(source.id)}
          older={source.supersedes ? sourcesById.get(source.supersedes) : undefined}
        />
      </div>
      <FindBar find={find} onClosed={() => scrollRef.current?.focus()} />
      {anchored.orphans.length > 0 && (
        <OrphansPanel
          orphans={anchored.orphans}
          selection={selection}
          targetFor={attachTarget}
          onSelectClaim={onSelectClaim}
        />
      )}
      <div
        className="reader-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="document"
        aria-label="Document text"
        onKeyDown={onReaderKeyDown}
      >
        <div
          className={source.format === 'md' ? 'reader-text markdown' : 'reader-text'}
          ref={textRef}
          data-source-id={source.id}
          data-highlights={drawn}
        >
          {source.format === 'md' ? (
            MarkdownView && <MarkdownView text={source.text} {...viewProps} />
          ) : source.format === 'pdf' ? (
            <PdfReader source={source} {...viewProps} />
          ) : (
            <ReaderText text={source.text} {...viewProps} />
          )}
        </div>
      </div>
    </section>
  );
}
