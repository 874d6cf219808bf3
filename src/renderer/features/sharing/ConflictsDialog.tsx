// The conflicts review: every unresolved conflict an import kept, listed live from storage, each resolved by
// keeping the current version or writing the other one back as a new version (see storage/conflicts.ts).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import { useActions, useAppState } from '../../store/use-app-store';
import { adoptOtherVersion, keepCurrentVersion, listOpenConflicts } from '../../storage/conflicts';
import { useStoreQuery } from '../../storage/live-query';
import { VirtualList } from '../../ui/VirtualList';
import { ConflictCard } from './ConflictCard';
import type { Lookup } from './conflict-view';

/** The conflicts review, when the store says it is open. */
export function ConflictsDialog() {
  const open = useAppState((s) => s.dialogs.open === 'conflicts');
  return open ? <ConflictsDialogBody /> : null;
}

function ConflictsDialogBody() {
  const { store, researcher, notify } = useWorkbench();
  const { sourcesById, tagsById } = useLibraryData();
  const { closeDialog } = useActions().dialogs;
  const onClose = () => closeDialog('conflicts');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const conflicts = useStoreQuery(() => listOpenConflicts(store), [store], []);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const lookup: Lookup = useMemo(
    () => ({
      sourceTitle: (id) => sourcesById.get(id)?.title ?? 'an unknown source',
      tagName: (id) => tagsById.get(id)?.name ?? '(deleted tag)',
    }),
    [sourcesById, tagsById],
  );

  const resolve = async (id: string, action: typeof adoptOtherVersion | typeof keepCurrentVersion) => {
    setBusy(true);
    try {
      await action(store, id, { researcherId: researcher.id });
    } catch (error) {
      notify({ tone: 'error', title: 'The conflict could not be resolved.', lines: [String(error)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="briefing-dialog conflicts-dialog"
      aria-label="Conflicts"
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2>Conflicts</h2>
        <span className="dialog-count">{conflicts.length} to review</span>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <div className="conflicts-body" ref={bodyRef}>
        {conflicts.length === 0 ? (
          <p className="field-hint">No conflicts left to review.</p>
        ) : (
          <VirtualList
            items={conflicts}
            itemKey={(conflict) => conflict.id}
            estimateSize={220}
            gap={14}
            scrollRef={bodyRef}
            className="conflict-list"
            label="Conflict list"
            renderItem={(conflict, item) => (
              <ConflictCard
                key={conflict.id}
                item={item}
                conflict={conflict}
                lookup={lookup}
                busy={busy}
                onKeepCurrent={() => void resolve(conflict.id, keepCurrentVersion)}
                onUseOther={() => void resolve(conflict.id, adoptOtherVersion)}
              />
            )}
          />
        )}
      </div>
    </dialog>
  );
}
