// The Cross-checks tab of the side pane: the library's sums, conflicts and corroborations in words, each
// linking to the claims it rests on. Conflicts are listed as groups of claims about one thing (one row
// for 20 sources that give 5 figures, not 190 pairs), each expanding to its claims. Each section is a
// virtual list in the pane's one scroll area, so a library with thousands of findings stays light. Only
// accepted and verified claims are checked, across all sources.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConflictGroupSummary } from '../../../core/crosscheck/conflict-group-summary';
import { describeCorroboration, describeSum } from '../../../core/crosscheck/describe-cross-check';
import { useLibraryData } from '../../data/library-data';
import { EmptyState } from '../../ui/EmptyState';
import { VirtualList } from '../../ui/VirtualList';
import { linksOf, type ClaimLink } from './claim-links';
import { ConflictGroupItem } from './ConflictGroupItem';
import { CrossCheckItem } from './CrossCheckItem';
import { useCrossChecks } from './use-cross-checks';
import './crosscheck.css';

type Finding = { status: string; tone: 'good' | 'bad'; sentence: string; links: ClaimLink[] };

const findingKey = (f: Finding) => f.links.map((l) => l.claimId).join(' ');
const groupKey = (g: ConflictGroupSummary) => `${g.kind} ${g.tagId} ${g.unit ?? ''} ${g.claimIds[0] ?? ''}`;

export function CrossChecksPanel() {
  const { sourcesById, tagsById } = useLibraryData();
  const { checks, failure, retry } = useCrossChecks();
  const { sums, conflictGroups, corroborations } = checks;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Kept here, not in the rows: a row scrolled out of view is unmounted and must come back as it was.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (key: string) =>
      setExpanded((was) => {
        const next = new Set(was);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  const total = sums.length + conflictGroups.length + corroborations.length;
  const sumItems = useMemo(
    () =>
      sums.map((s) => ({
        status: s.addsUp ? 'adds up' : 'does not add up',
        tone: s.addsUp ? ('good' as const) : ('bad' as const),
        sentence: describeSum(s),
        links: linksOf(s),
      })),
    [sums],
  );
  const corroborationItems = useMemo(
    () =>
      corroborations.map((c) => ({
        status: 'corroborated',
        tone: 'good' as const,
        sentence: describeCorroboration(c),
        links: linksOf(c),
      })),
    [corroborations],
  );

  const findings = (title: string, items: Finding[]) =>
    items.length > 0 && (
      <div className="crosscheck-section">
        <h3>
          {title} <span className="pane-count">{items.length.toLocaleString('en-GB')}</span>
        </h3>
        <VirtualList
          items={items}
          itemKey={findingKey}
          estimateSize={90}
          gap={8}
          scrollRef={scrollRef}
          className="crosscheck-list"
          label={title}
          renderItem={(finding, item) => (
            <CrossCheckItem key={findingKey(finding)} item={item} {...finding} sourcesById={sourcesById} />
          )}
        />
      </div>
    );

  return (
    <section className="pane crosschecks" aria-label="Cross-checks">
      <div className="pane-head">
        <h2>Cross-checks</h2>
        <span className="pane-count">{total.toLocaleString('en-GB')}</span>
      </div>
      <div className="pane-scroll" ref={scrollRef}>
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
          <>
            {findings('Sums', sumItems)}
            {conflictGroups.length > 0 && (
              <div className="crosscheck-section">
                <h3>
                  Conflicts{' '}
                  <span className="pane-count">{conflictGroups.length.toLocaleString('en-GB')}</span>
                </h3>
                <VirtualList
                  items={conflictGroups}
                  itemKey={groupKey}
                  estimateSize={120}
                  gap={8}
                  scrollRef={scrollRef}
                  className="crosscheck-list"
                  label="Conflicts"
                  renderItem={(group, item) => (
                    <ConflictGroupItem
                      key={groupKey(group)}
                      item={item}
                      group={group}
                      tags={tagsById}
                      sourcesById={sourcesById}
                      expanded={expanded.has(groupKey(group))}
                      onToggle={() => toggle(groupKey(group))}
                    />
                  )}
                />
              </div>
            )}
            {findings('Corroborations', corroborationItems)}
          </>
        )}
      </div>
    </section>
  );
}
