// One rendered PDF page in the reader: a placeholder of the page's size that draws its canvas and text
// layer when it comes near the visible part of the document (and lets them go when far away again), its
// label, and the highlights of the claims on it. Each text-layer span holding an item's text is tagged
// with the item's stored offsets (pdf-selection.ts reads them); clicking a highlight picks its claim.
import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type RefObject,
} from 'react';
import type { PdfDocument } from '../../pdf/open-pdf';
import type { PdfViewPage } from '../../pdf/open-pdf-view';
import { renderPage } from '../../pdf/render-page';
import { describeOcr } from '../../../core/import/pdf/ocr-marking';
import { measureCovers, type HighlightRect } from './pdf-highlight-rects';
import type { ItemCover } from './pdf-offsets';
import { PDF_ITEM_ATTRIBUTE } from './pdf-selection';

/** A claim's (or the pending passage's) part on this page. */
export type PageHighlight = {
  id: string;
  colour: string;
  pending: boolean;
  suggested: boolean;
  covers: ItemCover[];
  /** A "Find in document" hit, and whether it is the current one. */
  find?: 'hit' | 'current';
};

/** Where an item's text lies in the stored text; `furniture` for a running header or footer item. */
export type ItemSpan = { start: number; end: number; furniture?: 'header' | 'footer' };

type Props = {
  doc: PdfDocument;
  page: PdfViewPage;
  /** Where the page's body lies in the stored text (its running header and footer are elsewhere). */
  body: { start: number; end: number } | undefined;
  scale: number;
  /** Stored span of each item on this page that has text, by item index. */
  itemSpans: Map<number, ItemSpan>;
  text: string;
  highlights: PageHighlight[];
  selectedClaimId: string | null;
  onPickClaim: (claimId: string) => void;
};

type Placed = Omit<PageHighlight, 'covers'> & { rects: HighlightRect[] };

/** Pages this far (in scroll-viewport heights) above or below the visible part are drawn. */
const NEAR_MARGIN = '150% 0px';

function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = element.closest('.reader-scroll');
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      root,
      rootMargin: NEAR_MARGIN,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}

function PdfPageImpl(props: Props) {
  const { doc, page, body, scale, itemSpans, text, highlights, selectedClaimId, onPickClaim } = props;
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(pageRef);
  const [textDivs, setTextDivs] = useState<HTMLElement[] | null>(null);
  const [placed, setPlaced] = useState<Placed[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    const layer = layerRef.current;
    if (!near || !canvas || !layer || scale <= 0) return;
    let live = true;
    const rendered = renderPage({
      doc,
      index: page.index,
      scale,
      canvas,
      textLayer: layer,
      content: page.content,
    });
    void rendered.done.then(
      () => {
        if (!live) return;
        rendered.textDivs.forEach((div, item) => {
          const span = itemSpans.get(item);
          if (!span) return;
          div.setAttribute(PDF_ITEM_ATTRIBUTE, String(item));
          div.dataset['start'] = String(span.start);
          div.dataset['end'] = String(span.end);
          if (span.furniture) div.dataset['furniture'] = span.furniture;
        });
        // Dragging past the last line selects to the page's end, not back to its start (as pdf.js's viewer).
        const end = document.createElement('div');
        end.className = 'endOfContent';
        layer.append(end);
        setTextDivs([...rendered.textDivs]);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      rendered.cancel();
      setTextDivs(null);
      layer.replaceChildren();
      canvas.width = 0;
      canvas.height = 0;
    };
  }, [near, doc, page, scale, itemSpans]);

  useLayoutEffect(() => {
    const element = pageRef.current;
    if (!element || !textDivs) {
      setPlaced([]);
      return;
    }
    const storedTextOf = (item: number) => {
      const span = itemSpans.get(item);
      return span ? text.slice(span.start, span.end) : '';
    };
    setPlaced(
      highlights.map((h) => ({
        id: h.id,
        colour: h.colour,
        pending: h.pending,
        suggested: h.suggested,
        ...(h.find ? { find: h.find } : {}),
        rects: measureCovers({ page: element, textDivs, covers: h.covers, storedTextOf }),
      })),
    );
  }, [textDivs, highlights, itemSpans, text]);

  const lastScrolled = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedClaimId || lastScrolled.current === selectedClaimId) return;
    const index = placed.findIndex((p) => p.id === selectedClaimId && p.rects.length > 0);
    if (index < 0) return;
    lastScrolled.current = selectedClaimId;
    pageRef.current
      ?.querySelector(`.pdf-highlight[data-claim-id="${CSS.escape(selectedClaimId)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedClaimId, placed]);

  // The current find hit, once measured on this page, is centred in the reader.
  const currentFind = placed.find((p) => p.find === 'current' && p.rects.length > 0);
  const currentKey = currentFind ? `${currentFind.id}@${currentFind.rects[0]?.top}` : null;
  useEffect(() => {
    if (!currentKey) return;
    pageRef.current?.querySelector('.pdf-find-current')?.scrollIntoView({ block: 'center' });
  }, [currentKey]);

  const pickAt = (event: MouseEvent) => {
    // A drag that ends on a highlight is a selection, not a click on the claim.
    if (window.getSelection()?.isCollapsed === false || !pageRef.current) return;
    const origin = pageRef.current.getBoundingClientRect();
    const x = event.clientX - origin.left;
    const y = event.clientY - origin.top;
    const hit = [...placed]
      .reverse()
      .find(
        (p) =>
          !p.pending &&
          !p.find &&
          p.rects.some((r) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height),
      );
    if (hit) onPickClaim(hit.id);
  };

  const startSelecting = () => {
    const layer = layerRef.current;
    if (!layer) return;
    layer.classList.add('selecting');
    window.addEventListener('mouseup', () => layer.classList.remove('selecting'), { once: true });
  };

  const width = Math.floor(page.width * scale);
  const height = Math.floor(page.height * scale);
  const style = {
    width,
    height,
    '--scale-factor': scale,
    '--total-scale-factor': scale,
    '--user-unit': 1,
    '--scale-round-x': '1px',
    '--scale-round-y': '1px',
  } as CSSProperties;

  return (
    <figure
      className="pdf-page-frame"
      aria-label={`Page ${page.label}`}
      data-page-index={page.index}
      data-body-start={body?.start}
      data-body-end={body?.end}
    >
      <figcaption className="pdf-page-label">
        Page {page.label}
        {page.ocr && (
          <span className="pdf-page-ocr" title="Check figures against the page image">
            {' · '}
            {describeOcr(page.ocr)}
          </span>
        )}
      </figcaption>
      <div ref={pageRef} className="pdf-page" style={style} onClick={pickAt}>
        <canvas ref={canvasRef} className="pdf-canvas" aria-hidden="true" />
        {failed && <p className="pdf-page-failed">This page could not be drawn.</p>}
        <div className="pdf-highlights" aria-hidden="true">
          {placed.flatMap((p) =>
            p.rects.map((r, i) => (
              <div
                key={`${p.id}-${i}`}
                data-claim-id={p.id}
                className={[
                  p.find ? 'pdf-find-hit' : 'pdf-highlight',
                  p.find === 'current' ? 'pdf-find-current' : '',
                  p.pending ? 'pdf-highlight-pending' : '',
                  p.suggested ? 'pdf-highlight-suggested' : '',
                  p.id === selectedClaimId ? 'pdf-highlight-selected' : '',
                ].join(' ')}
                style={
                  {
                    left: r.left,
                    top: r.top,
                    width: r.width,
                    height: r.height,
                    '--hl': p.colour,
                  } as CSSProperties
                }
              />
            )),
          )}
        </div>
        <div ref={layerRef} className="textLayer" onMouseDown={startSelecting} />
      </div>
    </figure>
  );
}

export const PdfPage = memo(PdfPageImpl);
