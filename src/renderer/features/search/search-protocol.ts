// The messages between the window and the search worker: which database to index (the worker reads and
// watches it itself) and queries one way; how much is indexed, and results, the other.
import type { SearchFilters, SearchResults } from '../../../core/search/search-library';
import type { SearchClaim, SearchSource } from '../../../core/search/search-records';

export type IndexChanges = {
  putSources: SearchSource[];
  dropSources: string[];
  putClaims: SearchClaim[];
  dropClaims: string[];
};

export type SearchRequest =
  | { type: 'watch'; databaseName: string }
  | { type: 'search'; id: number; query: string; filters: SearchFilters };

export type IndexCounts = { sources: number; passages: number; claims: number };

export type SearchReply =
  /** Sent after each read of the library and each slice indexed: `remaining` records still to index. */
  | { type: 'indexed'; counts: IndexCounts; milliseconds: number; remaining: number }
  | { type: 'results'; id: number; results: SearchResults; milliseconds: number }
  | { type: 'error'; id?: number; message: string };
