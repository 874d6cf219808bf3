// What scripts/bench-search.mjs measures: the app's own search code, bundled by Vite for plain Node.
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS } from '../src/core/search/search-index';

export { countIndexed, createSearchIndex, putClaim, putSource } from '../src/core/search/search-index';
export { searchLibrary } from '../src/core/search/search-library';
export { splitPassages } from '../src/core/search/split-passages';

export const loadMiniSearch = (json: string) => MiniSearch.loadJSON(json, MINISEARCH_OPTIONS);
