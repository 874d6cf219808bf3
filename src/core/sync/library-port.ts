// The library's side of sync: how the engine reads the researcher's records and writes what arrives. The
// app implements it over Dexie, the CLI over a bundle held in memory (memory-library.ts); the engine never
// knows which. Writes are whole versions chosen by core's merge, never partial fields.
import type { MergeConflict } from '../exchange/merge-libraries';
import type { Library } from '../model/records';
import type { OriginalsPort } from './originals';

export type MergedWrites = {
  /** New versions and tombstones to store: each replaces the stored record of its id unless that one is newer. */
  records: Library;
  /** Losing versions by other researchers, to keep for review (keyed by core/exchange/conflict-key). */
  conflicts: MergeConflict[];
};

export type LibraryPort = {
  /** Every record, tombstones included. */
  readLibrary(): Promise<Library>;
  /**
   * Stores merged records in one transaction. A record is stored only if it is newer than the stored one
   * (core's pickNewer/compareVersions): the researcher may have edited it since readLibrary, and that edit
   * must survive (it is pushed on the next pass). A conflict already listed (same key) is left as it is.
   */
  writeMerged(writes: MergedWrites): Promise<void>;
  /** Calls back after every local change, so "Keep in sync" sends it; returns the unsubscribe. */
  subscribe?(onChange: () => void): () => void;
  /** The sources' original files (PDFs), sent as attachments; pulled only on demand (session.fetchOriginal). */
  originals?: OriginalsPort;
};
