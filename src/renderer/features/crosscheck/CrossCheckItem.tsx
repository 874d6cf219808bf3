// One cross-check in the Cross-checks view: its status ("adds up", "conflict", …), the sentence that says
// it, and a link to each claim it rests on, which shows that claim's passage in the reader.
import type { SourceEntry } from '../../storage/source-texts';
import type { VirtualItemProps } from '../../ui/VirtualList';
import { ClaimLinkList } from './ClaimLinkList';
import type { ClaimLink } from './claim-links';

type Props = {
  status: string;
  tone: 'good' | 'bad';
  sentence: string;
  links: ClaimLink[];
  sourcesById: Map<string, SourceEntry>;
  /** Its place in its section's virtual list. */
  item: VirtualItemProps;
};

export function CrossCheckItem({ status, tone, sentence, links, sourcesById, item }: Props) {
  return (
    <li {...item} className="crosscheck-item">
      <p className="crosscheck-sentence">
        <span className={`crosscheck-status crosscheck-${tone}`}>{status}</span> {sentence}
      </p>
      <ClaimLinkList links={links} sourcesById={sourcesById} label="Claims" />
    </li>
  );
}
