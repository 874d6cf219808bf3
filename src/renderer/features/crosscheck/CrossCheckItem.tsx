// One cross-check in the Cross-checks view: its status ("adds up", "conflict", …), the sentence that says
// it, and a link to each claim it rests on, which shows that claim's passage in the reader (the link of
// the claim shown is marked current).
import type { SourceEntry } from '../../storage/source-texts';
import { useActions, useAppState } from '../../store/use-app-store';
import type { ClaimLink } from './claim-links';

type Props = {
  status: string;
  tone: 'good' | 'bad';
  sentence: string;
  links: ClaimLink[];
  sourcesById: Map<string, SourceEntry>;
};

export function CrossCheckItem({ status, tone, sentence, links, sourcesById }: Props) {
  const { navigation } = useActions();
  const selectedClaimId = useAppState((s) => s.navigation.selectedClaimId);
  return (
    <li className="crosscheck-item">
      <p className="crosscheck-sentence">
        <span className={`crosscheck-status crosscheck-${tone}`}>{status}</span> {sentence}
      </p>
      <ul className="crosscheck-links" aria-label="Claims">
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
    </li>
  );
}
