// The three-pane workbench: Library, Document and Claims under the header, with the notice area, the
// claim form, the briefing and conflicts dialogs and the undo toast. It holds the UI state; data comes live
// from storage.
import { useCallback, useMemo, useState } from 'react';
import { describeRange } from '../../core/anchoring/describe-range';
import type { Claim, ClaimTarget, Source } from '../../core/model/records';
import { BriefingDialog } from '../features/briefing/BriefingDialog';
import { claimToForm, newClaimForm, type ClaimFormState } from '../features/claims/claim-form-state';
import {
  countClaimsBySource,
  filterClaims,
  isFiltered,
  NO_FILTERS,
  selectListedClaims,
  type ClaimFilters,
} from '../features/claims/claim-filters';
import { ClaimForm } from '../features/claims/ClaimForm';
import { ClaimsPane } from '../features/claims/ClaimsPane';
import { useClaimActions } from '../features/claims/use-claim-actions';
import { LibraryPane } from '../features/library/LibraryPane';
import { useFileDrop } from '../features/library/use-file-drop';
import { useImportDocuments } from '../features/library/use-import-documents';
import type { StoredRange } from '../features/reader/chunk-offsets';
import { findPageAt } from '../features/reader/pdf-offsets';
import { ReaderPane } from '../features/reader/ReaderPane';
import { ConflictsDialog } from '../features/sharing/ConflictsDialog';
import { useDatabaseExchange } from '../features/sharing/use-database-exchange';
import { SuggestButton } from '../features/suggestions/SuggestButton';
import { SuggestionsPanel } from '../features/suggestions/SuggestionsPanel';
import { SuggestStatus } from '../features/suggestions/SuggestStatus';
import { useSuggestClaims } from '../features/suggestions/use-suggest-claims';
import { listClaims } from '../storage/claims';
import { countOpenConflicts } from '../storage/conflicts';
import { useStoreQuery } from '../storage/live-query';
import { renameResearcher } from '../storage/researchers';
import { listSources } from '../storage/sources';
import { listTags } from '../storage/tags';
import { NoticeArea } from '../ui/NoticeArea';
import { UndoToast } from '../ui/UndoToast';
import { Header } from './Header';
import type { Notice } from './use-notices';
import { useMenuCommands } from './use-menu-commands';
import { useOpenSource } from './use-open-source';
import { useWorkbench } from './workbench-context';

type Props = { notices: Notice[]; onDismissNotice: (id: number) => void; persisted: boolean | undefined };

export function Workbench({ notices, onDismissNotice, persisted }: Props) {
  const { store, researcher, notify } = useWorkbench();
  const sources = useStoreQuery(() => listSources(store), [store], []);
  const allClaims = useStoreQuery(() => listClaims(store), [store], []);
  // Suggested and rejected claims are records too, but only accepted and verified ones are listed.
  const claims = useMemo(() => selectListedClaims(allClaims), [allClaims]);
  const tags = useStoreQuery(() => listTags(store), [store], []);
  const [openSourceId, setOpenSourceId] = useOpenSource();
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [form, setForm] = useState<ClaimFormState | null>(null);
  const [filters, setFilters] = useState<ClaimFilters>(NO_FILTERS);
  const [briefingOpen, setBriefingOpen] = useState(false);
  const [conflictsOpen, setConflictsOpen] = useState(false);
  const conflictCount = useStoreQuery(() => countOpenConflicts(store), [store], 0);
  const [suggestionFocus, setSuggestionFocus] = useState<{ id: string; n: number } | null>(null);

  const sourcesById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const openSource = openSourceId ? sourcesById.get(openSourceId) : undefined;
  const claimCounts = useMemo(() => countClaimsBySource(claims), [claims]);
  const openSuggestions = useMemo(
    () => allClaims.filter((c) => c.sourceId === openSourceId && c.status === 'suggested'),
    [allClaims, openSourceId],
  );
  const openClaims = useMemo(() => claims.filter((c) => c.sourceId === openSourceId), [claims, openSourceId]);
  const filteredClaims = useMemo(
    () => filterClaims(claims, filters, openSourceId),
    [claims, filters, openSourceId],
  );

  const openSourceById = useCallback((id: string) => setOpenSourceId(id), [setOpenSourceId]);
  const { busy, importFiles, pickAndImport, status: importStatus } = useImportDocuments(openSourceById);
  const dragging = useFileDrop(importFiles);
  const { exportDb, importDb } = useDatabaseExchange();
  const { save, remove, undo, undoRemove, dismissUndo } = useClaimActions();
  const { status: suggestStatus, suggestSource, suggestLibrary } = useSuggestClaims();
  useMenuCommands({
    'import-documents': () => void pickAndImport(),
    'export-database': () => void exportDb(),
  });

  const addClaim = useCallback((source: Source, range: StoredRange) => {
    const target: ClaimTarget = {
      source: source.id,
      selector: describeRange(source.text, range.start, range.end),
    };
    // Paginated sources (PDF) also record the page the passage starts on, for citations.
    const page = source.pages ? findPageAt(source.pages, range.start) : undefined;
    if (page !== undefined) target.page = page;
    setForm(newClaimForm(source.id, target));
    window.getSelection()?.removeAllRanges();
  }, []);

  const showClaim = useCallback(
    (claim: Claim) => {
      setSelectedClaimId(claim.id);
      if (claim.sourceId !== openSourceId && sourcesById.has(claim.sourceId)) setOpenSourceId(claim.sourceId);
    },
    [openSourceId, sourcesById, setOpenSourceId],
  );

  // A click on a highlight selects its claim; on a suggestion's it also focuses it in the Suggestions list.
  const pickHighlight = useCallback(
    (id: string) => {
      setSelectedClaimId(id);
      if (openSuggestions.some((c) => c.id === id)) setSuggestionFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));
    },
    [openSuggestions],
  );

  const saveForm = async (state: ClaimFormState, fields: Claim['fields']) => {
    const claim = await save(state, fields);
    setForm(null);
    setSelectedClaimId(claim.id);
  };

  const rename = (name: string) =>
    void renameResearcher(store, researcher.id, name).catch((e: unknown) =>
      notify({ tone: 'error', title: 'Your name could not be changed.', lines: [String(e)] }),
    );

  const pendingRange = useMemo(() => {
    if (!form || form.id || form.sourceId !== openSourceId) return null;
    const { start, end } = form.target.selector[1];
    return { start, end };
  }, [form, openSourceId]);

  const editor = form ? (
    <ClaimForm
      key={form.id ?? `${form.target.selector[1].start}-${form.target.selector[1].end}`}
      initial={form}
      tags={tags}
      sourceTitle={sourcesById.get(form.sourceId)?.title ?? ''}
      onSave={saveForm}
      onCancel={() => setForm(null)}
    />
  ) : null;

  return (
    <div className="app">
      <Header
        researcherName={researcher.displayName}
        onRename={rename}
        persisted={persisted}
        importing={busy}
        onImportDocuments={() => void pickAndImport()}
        onGenerateBriefing={() => setBriefingOpen(true)}
        onExportDatabase={() => void exportDb()}
        onImportDatabase={() => void importDb()}
        conflictCount={conflictCount}
        onReviewConflicts={() => setConflictsOpen(true)}
      />
      <NoticeArea notices={notices} onDismiss={onDismissNotice} />
      <main className="workbench">
        <div className="library-column">
          <LibraryPane
            sources={sources}
            claimCounts={claimCounts}
            openSourceId={openSource ? openSource.id : null}
            importStatus={importStatus}
            onOpen={(id) => {
              setOpenSourceId(id);
              setSelectedClaimId(null);
            }}
          />
          {sources.length > 0 && (
            <div className="library-suggest">
              <SuggestButton
                label="Suggest claims for all sources"
                busy={suggestStatus !== null}
                onClick={() => void suggestLibrary(sources)}
              />
              <SuggestStatus status={suggestStatus} />
            </div>
          )}
        </div>
        <ReaderPane
          source={openSource}
          claims={openClaims}
          tagsById={tagsById}
          selectedClaimId={selectedClaimId}
          hasSources={sources.length > 0}
          onSelectClaim={pickHighlight}
          onAddClaim={addClaim}
          suggestions={openSuggestions}
          actions={
            openSource && (
              <SuggestButton
                label="Suggest claims"
                busy={suggestStatus !== null}
                onClick={() => void suggestSource(openSource)}
              />
            )
          }
          pending={pendingRange}
        />
        <div className="side-pane">
          <SuggestionsPanel
            key={openSourceId ?? ''}
            suggestions={openSuggestions}
            focusRequest={suggestionFocus}
            onFocusSuggestion={setSelectedClaimId}
          />
          <ClaimsPane
            claims={filteredClaims}
            totalCount={claims.length}
            tags={tags}
            tagsById={tagsById}
            sourcesById={sourcesById}
            filters={filters}
            onFiltersChange={setFilters}
            hasOpenSource={Boolean(openSource)}
            selectedClaimId={selectedClaimId}
            onShow={showClaim}
            onEdit={(claim) => {
              showClaim(claim);
              setForm(claimToForm(claim, tagsById));
            }}
            onDelete={(claim) => void remove(claim)}
            editor={editor}
          />
        </div>
      </main>
      {briefingOpen && (
        <BriefingDialog
          allClaims={claims}
          filteredClaims={filteredClaims}
          filtersActive={isFiltered(filters)}
          sources={sources}
          tags={tags}
          onClose={() => setBriefingOpen(false)}
        />
      )}
      {conflictsOpen && (
        <ConflictsDialog
          sourcesById={sourcesById}
          tagsById={tagsById}
          onClose={() => setConflictsOpen(false)}
        />
      )}
      {undo && <UndoToast message={undo.message} onUndo={() => void undoRemove()} onClose={dismissUndo} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      )}
    </div>
  );
}
