// The Cross-checks tab of the side pane: the library's sums, conflicts and corroborations in words, each
// linking to the claims it rests on. Only accepted and verified claims are checked, across all sources.
import { useMemo } from 'react';
import {
  describeConflict,
  describeCorroboration,
  describeSum,
} from '../../../core/crosscheck/describe-cross-check';
import { useLibraryData } from '../../data/library-data';
import { EmptyState } from '../../ui/EmptyState';
import { linksOf } from './claim-links';
import { CrossCheckItem } from './CrossCheckItem';
import { useCrossChecks } from './use-cross-checks';
import './crosscheck.css';

export function CrossChecksPanel() {
  const { sourcesById, tagsById } = useLibraryData();
  const { checks, failure, retry } = useCrossChecks();
  const { sums, conflicts, corroborations } = checks;
  const total = sums.length + conflicts.length + corroborations.length;
  const sections = useMemo(
    () => [
      {
        title: 'Sums',
        items: sums.map((s) => ({
          status: s.addsUp ? 'adds up' : 'does not add up',
          tone: s.addsUp ? ('good' as const) : ('bad' as const),
          sentence: describeSum(s),
          links: linksOf(s),
        })),
      },
      {
        title: 'Conflicts',
        items: conflicts.map((c) => ({
          status: 'conflict',
          tone: 'bad' as const,
          sentence: describeConflict(c, tagsById),
          links: linksOf(c),
        })),
      },
      {
        title: 'Corroborations',
        items: corroborations.map((c) => ({
          status: 'corroborated',
          tone: 'good' as const,
          sentence: describeCorroboration(c),
          links: linksOf(c),
        })),
      },
    ],
    [sums, conflicts, corroborations, tagsById],
  );

  return (
    <section className="pane crosschecks" aria-label="Cross-checks">
      <div className="pane-head">
        <h2>Cross-checks</h2>
        <span className="pane-count">{total}</span>
      </div>
      <div className="pane-scroll">
        {failure ? (
          <div className="empty-state" role="alert">
            <p className="empty-title">The cross-checks failed</p>
            <p className="empty-hint">{failure}</p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        ) : total === 0 ? (
          <EmptyState title="Nothing to cross-check yet">
            Figures that add up to a total, figures and dates that sources agree or differ on, and opposite
            positions of one actor appear here as claims are saved.
          </EmptyState>
        ) : (
          sections
            .filter((s) => s.items.length > 0)
            .map((section) => (
              <div key={section.title} className="crosscheck-section">
                <h3>
                  {section.title} <span className="pane-count">{section.items.length}</span>
                </h3>
                <ul className="crosscheck-list" aria-label={section.title}>
                  {section.items.map((item) => (
                    <CrossCheckItem
                      key={item.links.map((l) => l.claimId).join(' ')}
                      {...item}
                      sourcesById={sourcesById}
                    />
                  ))}
                </ul>
              </div>
            ))
        )}
      </div>
    </section>
  );
}
