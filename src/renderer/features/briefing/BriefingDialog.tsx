// The briefing: Markdown built by the core from all claims or only the filtered ones, previewed as
// sanitised HTML in a modal dialog, and exported as briefing.md through the platform.
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildBriefing } from '../../../core/briefing/build-briefing';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import { isFiltered } from '../../store/slices/filters';
import { useActions, useAppState } from '../../store/use-app-store';
import { useListedClaims } from '../claims/use-listed-claims';
import { renderMarkdown } from './render-markdown';

/** The briefing dialog, when the store says it is open. */
export function BriefingDialog() {
  const open = useAppState((s) => s.dialogs.open === 'briefing');
  return open ? <BriefingDialogBody /> : null;
}

function BriefingDialogBody() {
  const { platform, notify } = useWorkbench();
  const { sources, tags } = useLibraryData();
  const { listed: allClaims, filtered: filteredClaims } = useListedClaims();
  const filtersActive = useAppState((s) => isFiltered(s.filters));
  const { closeDialog } = useActions().dialogs;
  const onClose = () => closeDialog('briefing');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [onlyFiltered, setOnlyFiltered] = useState(false);
  const [generatedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const claims = onlyFiltered ? filteredClaims : allClaims;
  const markdown = useMemo(
    () => buildBriefing({ title: 'Briefing', claims, sources, tags, generatedAt }),
    [claims, sources, tags, generatedAt],
  );
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);

  const exportBriefing = async () => {
    try {
      const saved = await platform.saveFile({
        suggestedName: 'briefing.md',
        bytes: new TextEncoder().encode(markdown),
        mimeType: 'text/markdown',
      });
      if (saved) notify({ tone: 'info', title: 'Briefing exported as briefing.md.' });
    } catch (error) {
      notify({ tone: 'error', title: 'The briefing could not be saved.', lines: [String(error)] });
    }
  };

  return (
    <dialog ref={dialogRef} className="briefing-dialog" aria-label="Briefing" onClose={onClose}>
      <div className="dialog-head">
        <h2>Briefing</h2>
        <label className="field-check">
          <input type="checkbox" checked={onlyFiltered} onChange={(e) => setOnlyFiltered(e.target.checked)} />
          Only filtered claims
          {!filtersActive && <span className="field-hint"> (no filter set)</span>}
        </label>
        <span className="dialog-count">
          {claims.length} {claims.length === 1 ? 'claim' : 'claims'}
        </span>
        <button type="button" className="button button-primary" onClick={exportBriefing}>
          Export briefing
        </button>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <article className="briefing-preview" dangerouslySetInnerHTML={{ __html: html }} />
    </dialog>
  );
}
