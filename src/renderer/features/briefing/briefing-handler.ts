// The briefing worker's work as a plain function of its messages, so it runs the same in the worker and
// in a Node test: a compose request reads the library from IndexedDB (read-briefing-library.ts), narrows
// it by the briefing's saved filter, composes the document with core's one briefing rule (as
// `evidence brief` does) and answers with its preview and unverified quotes; a write request writes the
// last document composed in the format asked for. Replies go through `post`.
import { applyBriefingFilter, isNarrowing } from '../../../core/briefing/briefing-claim-filter';
import { checkQuotes } from '../../../core/briefing/check-quotes';
import { composeBriefing } from '../../../core/briefing/compose-briefing';
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import { writeHtml } from '../../../core/briefing/writers/write-html';
import type { Store } from '../../storage/database';
import type { BriefingReply, BriefingRequest, ComposeRequest, WriteRequest } from './briefing-protocol';
import { previewOf } from './briefing-preview';
import { BRIEFING_WRITERS } from './briefing-writers';
import { readBriefingLibrary } from './read-briefing-library';

export type BriefingHandlerHost = {
  post: (reply: BriefingReply) => void;
  openStore: (databaseName: string) => Store;
};

const DEFAULT_TITLE = 'Briefing';

export function createBriefingHandler(host: BriefingHandlerHost) {
  const stores = new Map<string, Store>();
  let composed: BriefingDocument | null = null;

  const compose = async (request: ComposeRequest) => {
    const { id, draft } = request;
    let store = stores.get(request.databaseName);
    if (!store) {
      store = host.openStore(request.databaseName);
      stores.set(request.databaseName, store);
    }
    const library = await readBriefingLibrary(
      store,
      request.onlyFiltered,
      (done, total) => host.post({ type: 'progress', id, stage: 'reading', done, total }),
      draft.claimFilter,
    );
    const claims = isNarrowing(draft.claimFilter)
      ? applyBriefingFilter(library.claims, draft.claimFilter)
      : library.claims;
    host.post({ type: 'progress', id, stage: 'composing', done: 0, total: claims.length });
    composed = composeBriefing({
      title: draft.title.trim() || DEFAULT_TITLE,
      introduction: draft.introduction,
      sections: draft.sections,
      claims,
      sources: library.sources,
      tags: library.tags,
      style: draft.style,
      generatedAt: request.generatedAt,
    });
    host.post({
      type: 'composed',
      id,
      claimCount: claims.length,
      citationCount: composed.citations.length,
      preview: previewOf(composed),
      unverified: checkQuotes(composed),
    });
  };

  const write = async (request: WriteRequest) => {
    const { id, format, links } = request;
    if (!composed) throw new Error('No briefing has been composed yet.');
    if (format === 'pdf' && request.hostPrintsPdf) {
      host.post({ type: 'print', id, html: writeHtml(composed, { links }) });
      return;
    }
    const writer = BRIEFING_WRITERS[format];
    if (!writer) throw new Error(`Briefings cannot be written as ${format} yet.`);
    host.post({ type: 'written', id, output: await writer(composed, { links, platform: {} }) });
  };

  return async (request: BriefingRequest): Promise<void> => {
    try {
      await (request.type === 'compose' ? compose(request) : write(request));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      host.post({ type: 'failed', id: request.id, message });
    }
  };
}
