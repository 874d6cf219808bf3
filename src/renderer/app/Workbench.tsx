// The three-pane workbench: Library, Document and Claims under the header, with the notice area, the
// claim form, the briefing dialog and the undo toast. It holds the UI state; data comes live from storage.
import { useCallback, useMemo, useState } from 'react';
import { describeRange } from '../../core/anchoring/describe-range';
import type { Claim, Source } from '../../core/model/records';
import { BriefingDialog } from '../features/briefing/BriefingDialog';
import { claimToForm, newClaimForm, type ClaimFormState } from '../features/claims/claim-form-state';
import { filterClaims, isFiltered, NO_FILTERS, type ClaimFilters } from '../features/claims/claim-filters';
import { ClaimForm } from '../features/claims/ClaimForm';
import { ClaimsPane } from '../features/claims/ClaimsPane';
import { useClaimActions } from '../features/claims/use-claim-actions';
import { LibraryPane } from '../features/library/LibraryPane';
import { useFileDrop } from '../features/library/use-file-drop';
import { useImportDocuments } from '../features/library/use-import-documents';
import type { StoredRange } from '../features/reader/chunk-offsets';
import { ReaderPane } from '../features/reader/ReaderPane';
import { useDatabaseExchange } from '../features/sharing/use-database-exchange';
import { listClaims } from '../storage/claims';
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
  const claims = useStoreQuery(() => listClaims(store), [store], []);
  const tags = useStoreQuery(() => listTags(store), [store], []);
  const [openSourceId, setOpenSourceId] = useOpenSource();
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [form, setForm] = useState<ClaimFormState | null>(null);
  const [filters, setFilters] = useState<ClaimFilters>(NO_FILTERS);
  const [briefingOpen, setBriefingOpen] = useState(false);

  const sourcesById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const tagsById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const openSource = openSourceId ? sourcesById.get(openSourceId) : undefined;
  const claimCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of claims) counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + 1);
    return counts;
  }, [claims]);
  const openClaims = useMemo(() => claims.filter((c) => c.sourceId === openSourceId), [claims, openSourceId]);
  const filteredClaims = useMemo(
    () => filterClaims(claims, filters, openSourceId),
    [claims, filters, openSourceId],
  );

  const openSourceById = useCallback((id: string) => setOpenSourceId(id), [setOpenSourceId]);
  const { busy, importFiles, pickAndImport } = useImportDocuments(openSourceById);
  const dragging = useFileDrop(importFiles);
  const { exportDb, importDb } = useDatabaseExchange();
  const { save, remove, undo, undoRemove, dismissUndo } = useClaimActions();
  useMenuCommands({
    'import-documents': () => void pickAndImport(),
    'export-database': () => void exportDb(),
  });

  const addClaim = useCallback((source: Source, range: StoredRange) => {
    const target = { source: source.id, selector: describeRange(source.text, range.start, range.end) };
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
      />
      <NoticeArea notices={notices} onDismiss={onDismissNotice} />
      <main className="workbench">
        <LibraryPane
          sources={sources}
          claimCounts={claimCounts}
          openSourceId={openSource ? openSource.id : null}
          onOpen={(id) => {
            setOpenSourceId(id);
            setSelectedClaimId(null);
          }}
        />
        <ReaderPane
          source={openSource}
          claims={openClaims}
          tagsById={tagsById}
          selectedClaimId={selectedClaimId}
          hasSources={sources.length > 0}
          onSelectClaim={setSelectedClaimId}
          onAddClaim={addClaim}
          pending={pendingRange}
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
      {undo && <UndoToast message={undo.message} onUndo={() => void undoRemove()} onClose={dismissUndo} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      )}
    </div>
  );
}
