// The app's IndexedDB database (Dexie) and its versioned schema. Everything a researcher makes lives here,
// so a reload or a restart finds it again. Features never touch Dexie: they get a `Store` and call the
// small repository modules beside this file.
import type { PdfPageContent } from '../../core/import/pdf/pdf-content';
import { Dexie, type Table } from 'dexie';
import type { MergeConflict } from '../../core/exchange/merge-libraries';
import type { Briefing, Claim, Researcher, Tag } from '../../core/model/records';
import { fillStatements } from './fill-statements';
import { moveSourceTexts } from './move-source-texts';
import { claimTextStartMiddleware, fillTextStarts } from './claim-text-start';
import type { SourceEntry, SourceText } from './source-texts';
import type { StoredCitationGroup } from './citation-groups';

/** A version that lost a merge to another researcher's, kept for the researcher to review. */
export type StoredConflict = {
  id: string;
  detectedAt: string;
  conflict: MergeConflict;
  /** Set when the researcher dealt with it; the row stays so importing the same file does not list it again. */
  resolvedAt?: string;
  resolution?: 'kept-current' | 'used-other';
};
/** Small local settings that must travel with the database, not the browser profile. */
export type Setting = { key: string; value: string };
/** How sure the suggester was of a suggested claim; local display data, not part of the shared record. */
export type SuggestionScore = { id: string; confidence: number };
/** A source's original file (a PDF, for drawing its pages), keyed by the source id: kept once per source. */
export type StoredOriginal = {
  sourceId: string;
  bytes: Uint8Array;
  storedAt: string;
  /** A PDF's pages read by OCR at import, as text items (not indexed: no schema change). */
  ocrPages?: PdfPageContent[];
};

export class EvidenceDatabase extends Dexie {
  sources!: Table<SourceEntry, string>;
  sourceTexts!: Table<SourceText, string>;
  claims!: Table<Claim, string>;
  tags!: Table<Tag, string>;
  researchers!: Table<Researcher, string>;
  conflicts!: Table<StoredConflict, string>;
  settings!: Table<Setting, string>;
  suggestionScores!: Table<SuggestionScore, string>;
  originals!: Table<StoredOriginal, string>;
  briefings!: Table<Briefing, string>;
  citationGroups!: Table<StoredCitationGroup, string>;

  constructor(name: string) {
    // No query cache: Dexie's default cache deep-copies every live query's result in the window (the 10,000
    // source entries the library lists, a source's 20,000 claims), a long task at library size; live
    // queries still re-run whenever a write touches what they read.
    super(name, { cache: 'disabled' });
    // Booleans are not valid IndexedDB keys, so `deleted` is filtered in code, never indexed.
    this.version(1).stores({
      sources: 'id, textHash, updatedAt',
      claims: 'id, sourceId, kind, updatedAt',
      tags: 'id, name, updatedAt',
      researchers: 'id',
      conflicts: 'id, detectedAt',
      settings: 'key',
    });
    // Keyed by claim id. Scores stay local: bundles carry claims only, as the model defines them.
    this.version(2).stores({ suggestionScores: 'id' });
    // Original bytes stay local: bundles carry text and metadata (DESIGN: bytes optional).
    this.version(3).stores({ originals: 'sourceId' });
    // Model version 2: saved briefings, and every claim has a statement (its source sentence until edited).
    this.version(4)
      .stores({ briefings: 'id, updatedAt' })
      .upgrade((tx) => fillStatements(tx.table('claims'), tx.table('sources')));
    // Indexes for the filters, so lists can be counted and paged by query instead of read whole: a claim's
    // status, each of its tags (multi-entry), its source with its status, its status in order of change
    // (pages of a list), and a source's format. Only
    // indexes are added; IndexedDB builds them from the stored records, which stay as they are.
    this.version(5).stores({
      sources: 'id, textHash, updatedAt, format',
      claims: 'id, sourceId, kind, status, *tagIds, updatedAt, [sourceId+status], [status+updatedAt]',
    });
    // A source's text in a table of its own (storage/source-texts), so that listing the library
    // does not read every text; the upgrade moves them out of the stored records.
    this.version(6)
      .stores({ sourceTexts: 'id' })
      .upgrade((tx) => moveSourceTexts(tx.table('sources'), tx.table('sourceTexts')));
    // Claims by where they start in their source's text (storage/claim-text-start), so the reader reads
    // the claims of the part of a text on screen first; the upgrade sets the derived field on each claim.
    this.version(7)
      .stores({
        claims:
          'id, sourceId, kind, status, *tagIds, updatedAt, [sourceId+status], [status+updatedAt], [sourceId+textStart]',
      })
      .upgrade((tx) => fillTextStarts(tx.table('claims')));
    // Formatted references kept between briefings (storage/citation-groups): a local cache, in no bundle.
    this.version(8).stores({ citationGroups: 'key, storedAt' });
    this.use(claimTextStartMiddleware);
  }
}

/** The handle features pass around; an alias so that nothing outside storage names Dexie. */
export type Store = { readonly db: EvidenceDatabase };

export const DEFAULT_DATABASE_NAME = 'evidence-workbench';

export function openStore(name: string = DEFAULT_DATABASE_NAME): Store {
  return { db: new EvidenceDatabase(name) };
}

export function closeStore(store: Store): void {
  store.db.close();
}

/** The tables a library is made of; written together in one transaction by imports. */
export function libraryTables(store: Store) {
  const { db } = store;
  return [db.researchers, db.tags, db.sources, db.sourceTexts, db.claims, db.briefings, db.conflicts];
}
