// The desktop host's reading of a link back into the workbench: only core's `evidence:` form is taken
// from the operating system (a page link such as `index.html#…` means nothing on a command line).
import { parsePassageLink } from '../core/briefing/passage-link';
import type { PassageTarget } from '../core/ipc/ipc-channels';

export function readPassageUrl(url: string): PassageTarget | null {
  return url.startsWith('evidence:') ? parsePassageLink(url) : null;
}
