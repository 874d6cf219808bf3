// The briefing: a saved Briefing record (title, introduction, sections, claim filter, citation style) that
// core composes into a document from all claims or only the filtered ones, in a worker that reads the
// library itself (use-briefing-document.ts), with its progress and "Cancel"; the preview is the HTML
// writer's output of the document's start (briefing-preview.ts), sanitised; "Save briefing" keeps the record; "Export briefing" writes the chosen format
// through the platform, after a confirm step when some quotes no longer match their source. A citation's
// "Open this passage" link in the preview shows that claim in the reader.
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  BRIEFING_FORMATS,
  briefingFormat,
  type BriefingFormat,
} from '../../../core/briefing/briefing-formats';
import type { UnverifiedQuote } from '../../../core/briefing/check-quotes';
import {
  CITATION_STYLES,
  DEFAULT_CITATION_STYLE,
  isCitationStyleId,
} from '../../../core/briefing/csl/citation-styles';
import type { CitationStyleId } from '../../../core/briefing/document/briefing-document';
import { parsePassageLink } from '../../../core/briefing/passage-link';
import { writeHtmlBody } from '../../../core/briefing/writers/write-html';
import { useWorkbench } from '../../services/workbench-context';
import { isFiltered } from '../../store/slices/filters';
import { useActions, useAppState } from '../../store/use-app-store';
import { BRIEFING_WRITERS } from './briefing-writers';
import { sanitiseBriefingHtml } from './sanitise-briefing-html';
import { UnverifiedQuotes } from './UnverifiedQuotes';
import { BriefingSettings } from './BriefingSettings';
import { NEW_BRIEFING, useSavedBriefing } from './use-saved-briefing';
import { isNarrowing } from '../../../core/briefing/briefing-claim-filter';
import type { BriefingDraft } from '../../storage/briefings';
import { BriefingProgress } from './BriefingProgress';
import { useBriefingDocument, type BriefingRequestSettings } from './use-briefing-document';

/** The open dialog: loaded only when a briefing is first asked for (see BriefingDialog.tsx). */
export function BriefingDialogBody() {
  const { platform, notify, store } = useWorkbench();
  const filtersActive = useAppState((s) => isFiltered(s.filters));
  const { dialogs, navigation } = useActions();
  const onClose = () => dialogs.closeDialog('briefing');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [onlyFiltered, setOnlyFiltered] = useState(false);
  const { draft, setDraft, save: saveDraft } = useSavedBriefing();
  const filters = useAppState((s) => s.filters);
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const style: CitationStyleId = draft?.style ?? DEFAULT_CITATION_STYLE;
  const edit = (patch: Partial<BriefingDraft>) => setDraft((d) => ({ ...(d ?? NEW_BRIEFING), ...patch }));
  const [format, setFormat] = useState<BriefingFormat>('md');
  const [confirming, setConfirming] = useState<UnverifiedQuote[] | null>(null);
  const [generatedAt] = useState(() => new Date().toISOString());
  const links = platform.host === 'electron' ? 'desktop' : 'web';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const claimFilter = draft?.claimFilter ?? {};
  const settings = useMemo((): BriefingRequestSettings | null => {
    if (!draft) return null;
    const { id: _saved, ...fields } = draft;
    return {
      databaseName: store.db.name,
      draft: { ...fields, title: fields.title.trim() || NEW_BRIEFING.title },
      onlyFiltered: onlyFiltered ? { filters, openSourceId } : null,
      generatedAt,
    };
  }, [draft, store, onlyFiltered, filters, openSourceId, generatedAt]);
  const { run, composed, cancel, retry, write } = useBriefingDocument(settings);
  const ready = run.status === 'ready' && composed !== null;
  // The store's filters as the record's claim filter, when the briefing is of the filtered claims only.
  const saveBriefingRecord = () => {
    if (!draft) return;
    const chosen: BriefingDraft['claimFilter'] = onlyFiltered
      ? {
          ...(filters.kind !== 'all' ? { kinds: [filters.kind] } : {}),
          ...(filters.tagId !== 'all' ? { tagIds: [filters.tagId] } : {}),
          ...(filters.source === 'open' && openSourceId ? { sourceIds: [openSourceId] } : {}),
        }
      : claimFilter;
    void saveDraft({ ...draft, claimFilter: chosen });
  };
  const html = useMemo(
    () => (composed ? sanitiseBriefingHtml(writeHtmlBody(composed.preview, { links })) : ''),
    [composed, links],
  );

  const save = async () => {
    setConfirming(null);
    const info = briefingFormat(format);
    if (!BRIEFING_WRITERS[format]) return;
    try {
      const output = await write(format, links, platform);
      const name = `briefing.${info.extension}`;
      const saved = await platform.saveFile({
        suggestedName: name,
        bytes: typeof output === 'string' ? new TextEncoder().encode(output) : output,
        mimeType: info.mimeType,
      });
      if (saved) notify({ tone: 'info', title: `Briefing exported as ${name}.` });
    } catch (error) {
      notify({ tone: 'error', title: 'The briefing could not be saved.', lines: [String(error)] });
    }
  };

  const exportBriefing = () => {
    if (!composed) return;
    if (composed.unverified.length > 0) setConfirming(composed.unverified);
    else void save();
  };

  // "Open this passage in the workbench": show the cited claim in the reader instead of following the link.
  const openPassage = (event: MouseEvent<HTMLElement>) => {
    const anchor = (event.target as HTMLElement).closest('a');
    const ref = anchor ? parsePassageLink(anchor.getAttribute('href') ?? '') : null;
    if (!ref) return;
    event.preventDefault();
    const citation = composed?.preview.citations.find(
      (c) => c.sourceId === ref.sourceId && c.passage?.start === ref.start && c.passage.end === ref.end,
    );
    if (!citation) return;
    navigation.showClaim(citation.claimId, citation.sourceId);
    dialogRef.current?.close();
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
        {composed && (
          <span className="dialog-count">
            {composed.claimCount.toLocaleString('en-GB')} {composed.claimCount === 1 ? 'claim' : 'claims'}
          </span>
        )}
      </div>
      <div className="dialog-head briefing-options">
        <label>
          Citation style{' '}
          <select
            value={style}
            onChange={(e) => isCitationStyleId(e.target.value) && edit({ style: e.target.value })}
          >
            {CITATION_STYLES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Format{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as BriefingFormat)}>
            {BRIEFING_FORMATS.map((f) => (
              <option key={f.id} value={f.id} disabled={!BRIEFING_WRITERS[f.id]}>
                {BRIEFING_WRITERS[f.id] ? f.label : `${f.label} (not available yet)`}
              </option>
            ))}
          </select>
        </label>
        <span className="briefing-options-spacer" />
        <button type="button" className="button" onClick={saveBriefingRecord} disabled={!draft}>
          Save briefing
        </button>
        <button type="button" className="button button-primary" onClick={exportBriefing} disabled={!ready}>
          Export briefing
        </button>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      {draft && <BriefingSettings draft={draft} onChange={edit} />}
      {isNarrowing(claimFilter) && (
        <p className="field-hint briefing-filter-note">
          This briefing covers only the claims its saved filter chose.{' '}
          <button type="button" className="button-quiet" onClick={() => edit({ claimFilter: {} })}>
            Cover all claims
          </button>
        </p>
      )}
      {confirming && (
        <UnverifiedQuotes
          quotes={confirming}
          onExport={() => void save()}
          onCancel={() => setConfirming(null)}
        />
      )}
      <BriefingProgress run={run} onCancel={cancel} onRetry={retry} />
      {composed && composed.citationCount > composed.preview.citations.length && (
        <p className="field-hint briefing-preview-note">
          The preview shows the first {composed.preview.citations.length.toLocaleString('en-GB')} of{' '}
          {composed.citationCount.toLocaleString('en-GB')} citations; the export holds them all.
        </p>
      )}
      <article
        className="briefing-preview"
        aria-busy={!ready}
        onClick={openPassage}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </dialog>
  );
}
