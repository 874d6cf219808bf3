// The side pane's Search tab: the results of the header's "Search" box, passages grouped by source and
// then matching claims, each with its words marked. Choosing a passage opens its source in the reader with
// the passage selected and in view; choosing a claim opens it there. The tab sits beside the reader, so
// the results stay in sight while the researcher reads one after another. Filters keep one format or tag.
import { useEffect } from 'react';
import type { SourceFormat } from '../../../core/model/records';
import type { ClaimField } from '../../../core/search/search-library';
import { useLibraryData } from '../../data/library-data';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { searchKey } from './search-service';
import { SnippetText } from './SnippetText';
import { useSearchFilters, useSearchSnapshot } from './use-search';

const FORMATS: { id: SourceFormat; label: string }[] = [
  { id: 'pdf', label: 'PDF' },
  { id: 'docx', label: 'Word' },
  { id: 'html', label: 'Web page' },
  { id: 'md', label: 'Markdown' },
  { id: 'txt', label: 'Text' },
];
const FIELD_LABELS: Record<ClaimField, string> = {
  statement: 'Statement',
  quote: 'Quote',
  note: 'Note',
  tags: 'Tags',
};

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function SearchFiltersBar() {
  const format = useAppState((s) => s.search.format);
  const tagId = useAppState((s) => s.search.tagId);
  const { setSearchFilters, forgetSearchTag } = useActions().search;
  const { tags, tagsById, status } = useLibraryData();
  // A tag deleted (or merged away) cannot filter the results any longer.
  useEffect(() => {
    if (status === 'ready' && tagId !== 'all' && !tagsById.has(tagId)) forgetSearchTag(tagId);
  }, [status, tagId, tagsById, forgetSearchTag]);
  return (
    <div className="search-filters">
      <select
        aria-label="Search in format"
        value={format}
        onChange={(e) => setSearchFilters({ format: e.target.value as SourceFormat | 'all' })}
      >
        <option value="all">All formats</option>
        {FORMATS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Search with tag"
        value={tagId}
        onChange={(e) => setSearchFilters({ tagId: e.target.value })}
      >
        <option value="all">All tags</option>
        {tags.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchResultsPanel() {
  const query = useAppState((s) => s.search.query);
  const filters = useSearchFilters();
  const snapshot = useSearchSnapshot();
  const { navigation } = useActions();
  const { sourcesById } = useLibraryData();
  const current = snapshot.resultsKey === searchKey(query, filters);
  const results = current ? snapshot.results : null;
  const indexing = snapshot.pendingUpdates > 0;

  const status = !query.trim()
    ? 'Type in “Search” above to search every source and claim.'
    : indexing && snapshot.counts === null
      ? 'Indexing the library…'
      : !results
        ? 'Searching…'
        : `${plural(results.groups.length, 'source', 'sources')}, ${plural(results.passageCount, 'passage', 'passages')}, ${plural(results.claims.length, 'claim', 'claims')}${results.partial ? ' (the best of many: add words to narrow)' : ''}`;

  return (
    <section className="search-results" aria-label="Search results">
      <SearchFiltersBar />
      <p className="search-status" role="status">
        {status}
        {indexing &&
          snapshot.counts !== null &&
          ` · indexing (${plural(snapshot.counts.sources, 'source', 'sources')} so far)…`}
      </p>
      {snapshot.error && <p className="search-error">{snapshot.error}</p>}
      {results && results.groups.length === 0 && results.claims.length === 0 && (
        <EmptyState title="Nothing found">
          Check the spelling, use fewer words, or take off a filter. Words in quotes must appear exactly.
        </EmptyState>
      )}
      {results && results.groups.length > 0 && (
        <ul className="search-groups" aria-label="Passages">
          {results.groups.map((group) => (
            <li key={group.sourceId} className="search-group">
              <h3 className="search-group-title">
                {group.title} <span className="search-group-meta">{group.format.toUpperCase()}</span>
                {group.total > group.passages.length && (
                  <span className="search-group-meta"> · {plural(group.total, 'passage', 'passages')}</span>
                )}
              </h3>
              <ul>
                {group.passages.map((p) => (
                  <li key={p.start}>
                    <button
                      type="button"
                      className="search-hit"
                      onClick={() => {
                        navigation.openSource(p.sourceId);
                        navigation.selectKeyboardRange({ start: p.start, end: p.end });
                      }}
                    >
                      <SnippetText snippet={p.snippet} />
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {results && results.claims.length > 0 && (
        <>
          <h3 className="search-claims-title">Claims</h3>
          <ul className="search-claims" aria-label="Matching claims">
            {results.claims.map((c) => (
              <li key={c.claimId}>
                <button
                  type="button"
                  className="search-hit"
                  onClick={() => navigation.showClaim(c.claimId, c.sourceId)}
                >
                  <span className="search-field">{FIELD_LABELS[c.field]}</span>
                  <SnippetText snippet={c.snippet} />
                  <span className="search-group-meta"> — {sourcesById.get(c.sourceId)?.title ?? ''}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
