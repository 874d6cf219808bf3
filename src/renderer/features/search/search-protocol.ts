// The messages between the window and the search worker: changes to index (sources and claims added,
// replaced or removed) and queries one way; how much is indexed, and results, the other.
import type { SearchFilters, SearchResults } from '../../../core/search/search-library';
import type { SearchClaim, SearchSource } from '../../../core/search/search-records';

export type IndexChanges = {
  putSources: SearchSource[];
  dropSources: string[];
  putClaims: SearchClaim[];
  dropClaims: string[];
};

export type SearchRequest =
  | { type: 'update'; changes: IndexChanges }
  | { type: 'search'; id: number; query: string; filters: SearchFilters };

export type IndexCounts = { sources: number; passages: number; claims: number };

export type SearchReply =
  /** Sent after each slice of changes: `remaining` records still to index, of `received` updates. */
  | { type: 'indexed'; counts: IndexCounts; milliseconds: number; remaining: number; received: number }
  | { type: 'results'; id: number; results: SearchResults; milliseconds: number }
  | { type: 'error'; id?: number; message: string };
