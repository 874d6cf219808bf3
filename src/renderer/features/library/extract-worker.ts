// The extraction worker: reads one HTML, DOCX, Markdown or text file off the main thread, so a big or
// hostile document cannot freeze the window, and "Cancel import" can stop it mid-file by ending the worker.
// DOMParser does not exist in workers, so HTML is parsed with linkedom here, exactly as the CLI does: the
// app and the CLI share one HTML reader, and so store the same text.
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { createMammothConverter } from '../../../core/import/docx/docx-converter';
import { extractDocument, type DomParser } from '../../../core/import/extract-document';
import { ImportError } from '../../../core/import/import-error';
import type { ExtractReply, ExtractRequest } from './extract-protocol';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage: (reply: ExtractReply) => void;
};

const parseHtml: DomParser = (html) => parseHTML(html).document as unknown as ReturnType<DomParser>;
const convertDocx = createMammothConverter(mammoth);

scope.onmessage = (event) => {
  const { name, bytes, maxBytes } = event.data;
  extractDocument({ name, bytes }, { parseHtml, convertDocx, maxBytes }).then(
    (document) => scope.postMessage({ type: 'extracted', document }),
    (error: unknown) =>
      scope.postMessage(
        error instanceof ImportError
          ? { type: 'import-error', name: error.fileName, reason: error.reason, message: error.message }
          : { type: 'error', message: error instanceof Error ? error.message : String(error) },
      ),
  );
};
