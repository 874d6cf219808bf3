// The header's "Search" box: what is typed searches every source's text and every claim, and brings the
// side pane's Search tab forward with the results. It also keeps the search index current (useSearchSync),
// being always on screen. Escape clears it.
import { useActions, useAppState } from '../../store/use-app-store';
import { useSearchSync } from './use-search';
import './search.css';

export function SearchBox() {
  useSearchSync();
  const query = useAppState((s) => s.search.query);
  const { search, navigation } = useActions();
  return (
    <input
      type="search"
      className="search-box"
      aria-label="Search"
      placeholder="Search sources and claims"
      value={query}
      onChange={(e) => {
        search.setQuery(e.target.value);
        if (e.target.value.trim()) navigation.showTab('search');
      }}
      onFocus={() => query.trim() && navigation.showTab('search')}
      onKeyDown={(e) => {
        if (e.key === 'Enter') navigation.showTab('search');
        if (e.key === 'Escape') search.setQuery('');
      }}
    />
  );
}
