// The Document pane: the open source's text with its claims highlighted, the "Add claim" action for the
// current selection, and the claims that could not be placed in the text ("Not found in text"). Markdown
// sources are shown as Markdown, PDF sources as their rendered pages (PdfReader); every other format as its
// extracted text. The header carries the source's citation details and "Edit details".
import type { HighlightViewProps } from './highlight-view-props';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Claim, Source, Tag } from '../../../core/model/records';
import { EmptyState } from '../../ui/EmptyState';
import { KindBadge } from '../../ui/KindBadge';
import { UNTAGGED_COLOUR } from '../../storage/tag-palette';
import { anchorClaims } from './anchor-claims';
import type { StoredRange } from './chunk-offsets';
import { ReaderText } from './ReaderText';
import { MarkdownText } from './MarkdownText';
import { describeMetadata } from '../metadata/describe-metadata';
import { EditDetailsButton } from '../metadata/EditDetailsButton';
import { useReaderSelection } from './use-reader-selection';
import { PdfReader } from './PdfReader';
import { readPdfSelectionRange } from './pdf-selection';
import { SUGGESTION_COLOURS } from '../suggestions/kind-colours';

type Props = {
  source: Source | undefined;
  claims: Claim[];
  tagsById: Map<string, Tag>;
  selectedClaimId: string | null;
  hasSources: boolean;
  onSelectClaim: (id: string) => void;
  onAddClaim: (source: Source, range: StoredRange) => void;
  pending: StoredRange | null;
  /** The open source's pending suggestions (claims with status 'suggested'), shown as dashed highlights. */
  suggestions?: Claim[];
  /** More actions for the toolbar, such as "Suggest claims". */
  actions?: ReactNode;
};

const NO_SUGGESTIONS: Claim[] = [];

export function ReaderPane({
  pending,
  source,
  claims,
  tagsById,
  selectedClaimId,
  hasSources,
  onSelectClaim,
  onAddClaim,
  suggestions = NO_SUGGESTIONS,
  actions,
}: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const pdfText = source?.format === 'pdf' ? source.text : null;
  const readSelection = useMemo(
    () =>
      pdfText === null
        ? undefined
        : (root: Element, selection: Selection | null) => readPdfSelectionRange(root, selection, pdfText),
    [pdfText],
  );
  const selection = useReaderSelection(textRef, source?.id, readSelection);
  const anchored = useMemo(
    () => (source ? anchorClaims(source.text, claims) : { placed: [], orphans: [] }),
    [source, claims],
  );
  // Suggestions that no longer anchor are not claims yet, so they are simply not shown (never orphans).
  const placed = useMemo(
    () =>
      source && suggestions.length > 0
        ? [...anchored.placed, ...anchorClaims(source.text, suggestions).placed]
        : anchored.placed,
    [source, anchored, suggestions],
  );
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

  const citation = useMemo(() => (source ? describeMetadata(source.metadata) : ''), [source]);
  const viewProps: HighlightViewProps = {
    placed,
    suggestedIds,
    colourOf,
    selectedClaimId,
    onPickClaim: onSelectClaim,
    pending,
  };

  useEffect(() => {
    if (!selectedClaimId || !textRef.current) return;
    const mark = textRef.current.querySelector(`mark[data-claim-ids~="${CSS.escape(selectedClaimId)}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selectedClaimId, placed]);

  if (!source) {
    return (
      <section className="pane document" aria-label="Document">
        <EmptyState title={hasSources ? 'Choose a source from the library' : 'Import documents to begin'}>
          {hasSources
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
        <EditDetailsButton source={source} />
        {actions}
        <span className="selection-hint" aria-live="polite">
          {selection
            ? `${(selection.end - selection.start).toLocaleString()} characters selected`
            : 'Select a passage to add a claim'}
        </span>
        <button
          type="button"
          className="button button-primary"
          disabled={!selection}
          // Keep the text selection when the button is pressed with the mouse.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => selection && onAddClaim(source, selection)}
        >
          Add claim
        </button>
        {citation && (
          <p className="reader-citation" title={citation}>
            {citation}
          </p>
        )}
      </div>
      {anchored.orphans.length > 0 && (
        <div className="orphans" role="region" aria-label="Not found in text">
          <h3>Not found in text</h3>
          <p className="orphans-hint">These claims’ passages are no longer in this text. They are kept.</p>
          <ul>
            {anchored.orphans.map((claim) => (
              <li key={claim.id}>
                <button type="button" className="orphan-item" onClick={() => onSelectClaim(claim.id)}>
                  <KindBadge kind={claim.kind} /> “{claim.target.selector[0].exact.slice(0, 80)}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="reader-scroll">
        <div
          className={source.format === 'md' ? 'reader-text markdown' : 'reader-text'}
          ref={textRef}
          data-source-id={source.id}
        >
          {source.format === 'md' ? (
            <MarkdownText text={source.text} {...viewProps} />
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
