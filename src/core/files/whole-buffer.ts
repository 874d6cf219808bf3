// Whether a byte view spans the whole of its buffer. Passing bytes between processes and workers clones
// (or moves) a view's entire underlying buffer, so a small view over a big or pooled buffer must be copied
// first, and only a view over a whole ArrayBuffer can be moved. The main process, the preload bridge and
// the page's workers all ask this one question.

/** True when the view starts at the buffer's start and ends at its end. */
export function spansWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}
