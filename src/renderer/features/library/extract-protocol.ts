// The messages between the import and its extraction worker: one file in; its extracted document, or the
// import error to show for it, out.
import type { ExtractedDocument } from '../../../core/import/extract-document';
import type { ImportErrorReason } from '../../../core/import/import-error';

export type ExtractRequest = { name: string; bytes: Uint8Array; maxBytes: number };
export type ExtractReply =
  | { type: 'extracted'; document: ExtractedDocument }
  | { type: 'import-error'; name: string; reason: ImportErrorReason; message: string }
  | { type: 'error'; message: string };
