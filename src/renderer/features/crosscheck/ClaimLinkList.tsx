// The links from a cross-check to the claims it rests on, each showing that claim's passage in the
// reader; the link of the claim shown is marked current. Shared by single cross-checks and the claims of
// a conflict group's values.
import type { SourceEntry } from '../../storage/source-texts';
import { useActions, useAppState } from '../../store/use-app-store';
import type { ClaimLink } from './claim-links';

type Props = { links: readonly ClaimLink[]; sourcesById: Map<string, SourceEntry>; label: string };

export function ClaimLinkList({ links, sourcesById, label }: Props) {
  const { navigation } = useActions();
  const selectedClaimId = useAppState((s) => s.navigation.selectedClaimId);
  return (
    <ul className="crosscheck-links" aria-label={label}>
      {links.map((link) => {
        const title = sourcesById.get(link.sourceId)?.title ?? 'Unknown source';
        return (
          <li key={link.claimId}>
            <button
              type="button"
              className="crosscheck-link"
              aria-label={`Show ${link.label} in ${title}`}
              title={title}
              aria-current={link.claimId === selectedClaimId ? 'true' : undefined}
              onClick={() => navigation.showClaim(link.claimId, link.sourceId)}
            >
              <span className="crosscheck-link-label">{link.label}</span>
              <span className="crosscheck-link-source">{title}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
