// Reads `evidence://source/<sourceId>#<start>-<end>`, the link a briefing's HTML export puts on each
// citation. Core's passage-link module owns this format (it builds the links); this reader is the
// desktop host's stand-in until that module is in this tree, and is to be replaced by core's parser
// there, so the format lives once.
import type { PassageTarget } from '../core/ipc/ipc-channels';

export function readPassageUrl(url: string): PassageTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'evidence:' || parsed.host !== 'source') return null;
  const range = /^#(\d{1,15})-(\d{1,15})$/.exec(parsed.hash);
  const id = parsed.pathname.replace(/^\//, '');
  if (!range || !id || id.includes('/')) return null;
  let sourceId: string;
  try {
    sourceId = decodeURIComponent(id);
  } catch {
    return null;
  }
  const start = Number(range[1]);
  const end = Number(range[2]);
  return end >= start ? { sourceId, start, end } : null;
}
