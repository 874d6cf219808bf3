// What scripts/bench-ocr.mjs measures in process: the page verdicts (the detection) against the rest of
// PDF extraction, and the word agreement the OCR tests use, bundled by Vite for plain Node.
export { normalisePdfTextContent } from '../src/core/import/pdf/normalise-text-content';
export { assemblePdfText } from '../src/core/import/pdf/assemble-pdf-text';
export { assessPage, needsDrawingCheck } from '../src/core/import/pdf/page-readability';
export { wordAgreement } from '../tests/core/import/pdf/word-agreement';
