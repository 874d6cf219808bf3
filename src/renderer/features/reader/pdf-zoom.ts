// The PDF reader's zoom and "Go to page" rules, apart from the DOM: the zoom steps "Zoom in" and "Zoom out"
// move between (from any scale, fitted or not), the bounds, and how a typed page number is read (a page's
// position, 1 to the page count, or a label the PDF declares such as "iv"), with the message for one that
// is not in the document.

/** Zoom steps, as scales (1 = the PDF's own size at 96 dpi's CSS pixels per point). */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
export const MIN_ZOOM = ZOOM_STEPS[0]!;
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;

/** The next step above `scale` (a fitted scale may lie between steps); the largest at most. */
export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((step) => step > scale + 0.005) ?? MAX_ZOOM;
}

/** The next step below `scale`; the smallest at least. */
export function zoomOut(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - 0.005) ?? MIN_ZOOM;
}

/** A scale as the percentage the toolbar shows: 1.25 -> "125%". */
export function formatZoom(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}

export type PageRequest = { ok: true; index: number } | { ok: false; message: string };

/** Reads what was typed in "Go to page": a page number (1-based) or one of the pages' labels. */
export function readPageRequest(input: string, labels: readonly string[]): PageRequest {
  const typed = input.trim();
  const count = labels.length;
  const range = count === 1 ? 'it has 1 page' : `it has pages 1 to ${count}`;
  if (!typed) return { ok: false, message: `Type a page number: ${range}.` };
  if (/^\d+$/.test(typed)) {
    const number = Number(typed);
    if (number >= 1 && number <= count) return { ok: true, index: number - 1 };
  }
  const labelled = labels.findIndex((label) => label.toLowerCase() === typed.toLowerCase());
  if (labelled >= 0) return { ok: true, index: labelled };
  return { ok: false, message: `There is no page ${typed} in this PDF: ${range}.` };
}
