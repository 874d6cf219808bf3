// The reader for PDF sources: the file's pages drawn to fit the Document pane's width or at the zoom the
// toolbar sets (PdfToolbar, use-pdf-zoom), with "Go to page"; pdf.js's text layer
// over each (select on the page to add a claim) and the claims highlighted on the page in their tags'
// colours. It needs the original file (one that came through team sync is fetched when opened); a PDF
// that came in a bundle without it, one whose pages cannot be matched to the stored text, or one that
// fails to open, is shown as its text with a note saying why.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Source } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { useOriginalFromTeam } from '../sync/use-original-from-team';
import { openPdfView, type PdfView } from '../../pdf/open-pdf-view';
import { getOriginalWithOcr } from '../../storage/originals';
import type { PdfPageContent } from '../../../core/import/pdf/pdf-content';
import { useStoreQuery } from '../../storage/live-query';
import type { HighlightViewProps } from './highlight-view-props';
import { PdfPage, type ItemSpan, type PageHighlight } from './PdfPage';
import { coverItems } from './pdf-offsets';
import { PdfPasswordForm } from './PdfPasswordForm';
import { PdfToolbar } from './PdfToolbar';
import { scrollerOf, usePdfZoom } from './use-pdf-zoom';
import { PENDING_ID } from './ReaderBlock';
import { ReaderText } from './ReaderText';
import './pdf-reader.css';

type Props = HighlightViewProps & { source: Source };

type ViewState =
  | { status: 'loading' }
  | { status: 'ready'; view: PdfView }
  | { status: 'password'; wrong: boolean }
  | { status: 'text'; note: string };

const NO_HIGHLIGHTS: PageHighlight[] = [];

export function PdfReader(props: Props) {
  const { source, ...viewProps } = props;
  const { store } = useWorkbench();
  const original = useStoreQuery(
    () => getOriginalWithOcr(store, source.id).then((kept) => ({ kept })),
    [store, source.id],
    null,
  );
  useOriginalFromTeam(source.id, original !== null && original.kept === null);
  const [password, setPassword] = useState<string | undefined>(undefined);
  const bytes = original === null ? undefined : (original.kept?.bytes ?? null);
  const state = usePdfView(source, bytes, password, original?.kept?.ocrPages);

  if (state.status === 'ready') {
    return <PdfPages view={state.view} text={source.text} {...viewProps} />;
  }
  if (state.status === 'loading' || original === null) {
    return (
      <p className="pdf-status" role="status">
        Preparing pages…
      </p>
    );
  }
  const note =
    state.status === 'password' ? (
      <PdfPasswordForm wrong={state.wrong} onSubmit={setPassword} />
    ) : (
      <p className="pdf-note" role="note">
        {state.note}
      </p>
    );
  return (
    <>
      {note}
      <ReaderText text={source.text} {...viewProps} />
    </>
  );
}

const NO_OCR: PdfPageContent[] = [];

function usePdfView(
  source: Source,
  bytes: Uint8Array | null | undefined,
  password: string | undefined,
  ocrPages: PdfPageContent[] = NO_OCR,
) {
  const [state, setState] = useState<ViewState>({ status: 'loading' });
  useEffect(() => {
    if (bytes === undefined) return;
    if (bytes === null) {
      setState({ status: 'text', note: 'Original PDF not in this library; showing its text.' });
      return;
    }
    let live = true;
    let opened: PdfView | undefined;
    setState({ status: 'loading' });
    openPdfView(bytes, source.fileName, password, source.extractorVersion, ocrPages).then(
      (view) => {
        opened = view;
        if (!live) return void view.close();
        if (view.assembled.text !== source.text) {
          void view.close();
          setState({
            status: 'text',
            note: 'This PDF’s pages do not match its stored text (it was read by another version); showing its text.',
          });
          return;
        }
        setState({ status: 'ready', view });
      },
      (error: unknown) => {
        if (!live) return;
        const reason = (error as { reason?: string }).reason;
        if (reason === 'password-required' || reason === 'wrong-password') {
          setState({ status: 'password', wrong: reason === 'wrong-password' });
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'text', note: `The pages could not be drawn (${message}); showing its text.` });
      },
    );
    return () => {
      live = false;
      void opened?.close();
    };
  }, [bytes, source.fileName, source.text, source.extractorVersion, password, ocrPages]);
  return state;
}

type PagesProps = HighlightViewProps & { view: PdfView; text: string };

function PdfPages(props: PagesProps) {
  const { view, text, placed, colourOf, selectedClaimId, onPickClaim, pending, suggestedIds, found } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const zoom = usePdfZoom(rootRef, view.pages);
  const labels = useMemo(() => view.pages.map((p) => p.label), [view]);

  const spansByPage = useMemo(() => {
    const byPage = new Map<number, Map<number, ItemSpan>>();
    for (const span of view.assembled.items) {
      let items = byPage.get(span.page);
      if (!items) byPage.set(span.page, (items = new Map()));
      const known = items.get(span.item);
      items.set(span.item, known ? { start: known.start, end: Math.max(known.end, span.end) } : span);
    }
    return byPage;
  }, [view]);

  const highlightsByPage = useMemo(() => {
    const list: { id: string; start: number; end: number; pending: boolean; find?: 'hit' | 'current' }[] =
      placed.map((p) => ({ id: p.claim.id, start: p.start, end: p.end, pending: false }));
    if (pending) list.push({ id: PENDING_ID, ...pending, pending: true });
    found?.ranges.forEach((r, i) =>
      list.push({ id: `find:${i}`, ...r, pending: false, find: i === found.current ? 'current' : 'hit' }),
    );
    const suggested = (id: string) => suggestedIds?.has(id) ?? false;
    const byPage = new Map<number, PageHighlight[]>();
    for (const h of list) {
      const covers = coverItems(view.assembled.items, h.start, h.end);
      const pages = new Set(covers.map((c) => c.page));
      for (const page of pages) {
        const highlight: PageHighlight = {
          id: h.id,
          colour: h.pending || h.find ? '' : colourOf(h.id),
          pending: h.pending,
          suggested: !h.find && suggested(h.id),
          covers: covers.filter((c) => c.page === page),
          ...(h.find ? { find: h.find } : {}),
        };
        byPage.set(page, [...(byPage.get(page) ?? []), highlight]);
      }
    }
    return byPage;
  }, [view, placed, pending, colourOf, suggestedIds, found]);

  // The current "Find in document" hit's page is brought into view; the page then centres the hit.
  useEffect(() => {
    const hit = found?.ranges[found.current];
    if (!hit) return;
    const first = coverItems(view.assembled.items, hit.start, hit.end)[0];
    if (!first) return;
    bringPageIntoView(rootRef.current, first.page);
  }, [found, view]);

  // So is the passage opened from a search result (or moved to with the keyboard), when off screen.
  useEffect(() => {
    if (!pending) return;
    const first = coverItems(view.assembled.items, pending.start, pending.end)[0];
    if (first) bringPageIntoView(rootRef.current, first.page);
  }, [pending, view]);

  // A claim picked elsewhere (the Claims pane) brings its first page into view; the page then shows it.
  // Only when the picked claim changes, not when claims are edited: hence `placed` read from a ref.
  const placedRef = useRef(placed);
  placedRef.current = placed;
  useEffect(() => {
    const claim = placedRef.current.find((p) => p.claim.id === selectedClaimId);
    if (!claim) return;
    const first = coverItems(view.assembled.items, claim.start, claim.end)[0];
    if (!first) return;
    const frame = rootRef.current?.querySelector(`[data-page-index="${first.page}"]`);
    const scroller = scrollerOf(rootRef.current);
    if (!frame || !scroller) return;
    const a = frame.getBoundingClientRect();
    const b = scroller.getBoundingClientRect();
    if (a.bottom < b.top || a.top > b.bottom) frame.scrollIntoView({ block: 'start' });
  }, [selectedClaimId, view]);

  const goToPage = (index: number) => {
    rootRef.current?.querySelector(`[data-page-index="${index}"]`)?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <PdfToolbar
        scale={zoom.scale}
        fitted={zoom.fitted}
        labels={labels}
        onZoomIn={zoom.zoomIn}
        onZoomOut={zoom.zoomOut}
        onFitWidth={zoom.fitWidth}
        onGoToPage={goToPage}
      />
      <div className="pdf-pages" ref={rootRef}>
        {view.pages.map((page) => (
          <PdfPage
            key={page.index}
            doc={view.doc}
            page={page}
            body={view.assembled.pages[page.index]}
            scale={zoom.scale}
            itemSpans={spansByPage.get(page.index) ?? EMPTY_SPANS}
            text={text}
            highlights={highlightsByPage.get(page.index) ?? NO_HIGHLIGHTS}
            selectedClaimId={selectedClaimId}
            onPickClaim={onPickClaim}
          />
        ))}
      </div>
    </>
  );
}

const EMPTY_SPANS = new Map<number, ItemSpan>();

/** Scrolls a page into view unless some of it already shows. */
function bringPageIntoView(root: HTMLElement | null, page: number): void {
  const frame = root?.querySelector(`[data-page-index="${page}"]`);
  const scroller = scrollerOf(root);
  if (!frame || !scroller) return;
  const a = frame.getBoundingClientRect();
  const b = scroller.getBoundingClientRect();
  if (a.bottom < b.top || a.top > b.bottom) frame.scrollIntoView({ block: 'start' });
}
