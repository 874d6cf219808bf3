// The briefing worker's work as a plain function of its messages, so it runs the same in the worker and
// in a Node test: a compose request reads the library from IndexedDB (read-briefing-library.ts; the
// cross-checks are found while the sources' texts are read), narrows it by the briefing's saved filter,
// composes the document with core's one briefing rule (as `evidence brief` does) and answers with its
// preview and unverified quotes (a large briefing's start first, formatted before the rest of its
// references); a write request writes the last document composed in the format asked for. Replies go
// through `post`.
import { applyBriefingFilter, isNarrowing } from '../../../core/briefing/briefing-claim-filter';
import { checkQuotes } from '../../../core/briefing/check-quotes';
import {
  assembleBriefingCitations,
  BRIEFING_SECTIONS,
  completeBriefing,
  draftBriefing,
  findBriefingCrossChecks,
  finishBriefing,
  groupBriefingCitations,
  planBriefingCitations,
  type CrossCheckFinding,
} from '../../../core/briefing/compose-briefing';
import type { CiteprocBatch } from '../../../core/briefing/csl/citation-plan';
import { runBatch } from '../../../core/briefing/csl/format-citations';
import type { CiteprocRun } from '../../../core/briefing/csl/run-citeproc';
import {
  createCitationCache,
  type CitationCache,
  type FormattedGroup,
} from '../../../core/briefing/csl/citation-cache';
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import type { Claim } from '../../../core/model/records';
import { writeHtml } from '../../../core/briefing/writers/write-html';
import { keepCitationGroups, readCitationGroups } from '../../storage/citation-groups';
import type { Store } from '../../storage/database';
import type { BriefingReply, BriefingRequest, ComposeRequest, WriteRequest } from './briefing-protocol';
import { PREVIEW_CITATIONS, previewOf, startOf } from './briefing-preview';
import { BRIEFING_WRITERS } from './briefing-writers';
import { readBriefingLibrary } from './read-briefing-library';

export type BriefingHandlerHost = {
  post: (reply: BriefingReply) => void;
  openStore: (databaseName: string) => Store;
  /** Cores to format a large briefing's references on, with the runner that uses them (default: 1, here). */
  cores?: number;
  runBatches?: (batches: readonly CiteprocBatch[]) => Promise<CiteprocRun[]>;
};

const DEFAULT_TITLE = 'Briefing';

export function createBriefingHandler(host: BriefingHandlerHost) {
  const stores = new Map<string, Store>();
  let composed: BriefingDocument | null = null;
  // Formatted references by collision group, kept while the worker lives and stored in the database
  // (storage/citation-groups): a briefing composed again (other sections, another title, back to a style
  // used before, after a reload) formats only what it has not seen.
  const citations = createCitationCache();

  const compose = async (request: ComposeRequest) => {
    const { id, draft: settings } = request;
    let store = stores.get(request.databaseName);
    if (!store) {
      store = host.openStore(request.databaseName);
      stores.set(request.databaseName, store);
    }
    const narrow = (claims: Claim[]) =>
      isNarrowing(settings.claimFilter) ? applyBriefingFilter(claims, settings.claimFilter) : claims;
    // Found while the sources' texts are read, when the library's read gives the chance.
    let crossChecks: CrossCheckFinding[] | undefined;
    const wanted = settings.sections ?? BRIEFING_SECTIONS;
    const library = await readBriefingLibrary(
      store,
      request.onlyFiltered,
      (done, total) => host.post({ type: 'progress', id, stage: 'reading', done, total }),
      settings.claimFilter,
      ({ claims, sources, tags }) => {
        if (wanted.includes('cross-checks'))
          crossChecks = findBriefingCrossChecks({ claims: narrow(claims), sources, tags });
      },
    );
    const claims = narrow(library.claims);
    host.post({ type: 'progress', id, stage: 'composing', done: 0, total: claims.length });
    const draft = draftBriefing({
      ...(crossChecks ? { crossChecks } : {}),
      title: settings.title.trim() || DEFAULT_TITLE,
      introduction: settings.introduction,
      sections: settings.sections,
      claims,
      sources: library.sources,
      tags: library.tags,
      style: settings.style,
      generatedAt: request.generatedAt,
    });
    const counts = { id, claimCount: claims.length, citationCount: draft.passages.length };
    // Groups formatted by an earlier briefing, in this worker or stored since, are not formatted again.
    // A cache: when it cannot be read, the briefing formats everything.
    const grouping = groupBriefingCitations(draft);
    const stored = await readCitationGroups(store, grouping.keys).catch(() => new Map());
    for (const [key, group] of stored) if (!citations.get(key)) citations.set(key, group);
    const added = new Map<string, FormattedGroup>();
    // Stored as soon as formatted, so Cancel while the rest is formatted keeps the start's. When they
    // cannot be written (a full disk), the next briefing formats these groups again.
    const keepAdded = async () => {
      const groups = new Map(added);
      added.clear();
      await keepCitationGroups(store, groups, request.generatedAt).catch(() => undefined);
    };
    const cache: CitationCache = {
      get: (key) => citations.get(key),
      set: (key, group) => {
        citations.set(key, group);
        added.set(key, group);
      },
    };
    const large = draft.passages.length > PREVIEW_CITATIONS;
    if (large) {
      // The start first: only the sources its citations cite are formatted, then the whole.
      const start = startOf(finishBriefing(draft, { cache, grouping, onlyFirst: PREVIEW_CITATIONS }));
      host.post({ type: 'previewed', ...counts, preview: start, unverified: checkQuotes(start) });
      await keepAdded();
    }
    const plan = planBriefingCitations(draft, { cache, grouping, cores: host.cores ?? 1 });
    if (large) {
      const total = new Set(draft.passages.map((p) => p.claim.sourceId)).size;
      const batches = plan.batches.length;
      host.post({ type: 'progress', id, stage: 'references', done: 0, total, batches });
    }
    const runs = await (host.runBatches ?? ((b) => Promise.resolve(b.map(runBatch))))(plan.batches);
    composed = completeBriefing(draft, assembleBriefingCitations(plan, runs));
    host.post({
      type: 'composed',
      ...counts,
      preview: previewOf(composed),
      unverified: checkQuotes(composed),
    });
    await keepAdded();
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
