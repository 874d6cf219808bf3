// The anchoring worker: places the open source's claims in its text off the main thread, where 20,000
// anchorings (with a fuzzy quote search for any that moved) would hold up the reader as it opens. It is
// sent the text and each claim's target only, and answers with the places as two transferred columns.
import { placeTargets, type AnchorableTarget, type PlacedTargets } from './place-targets';

export type AnchorRequest = { id: number; text: string; targets: AnchorableTarget[] };
/** Sent when the reader starts, so the worker has loaded its script before the first large source opens. */
export type WarmRequest = { warm: true };
export type AnchorReply = PlacedTargets & { id: number };

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnchorRequest | WarmRequest>) => void) | null;
  postMessage: (reply: AnchorReply, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  if ('warm' in event.data) return;
  const { id, text, targets } = event.data;
  const { starts, ends } = placeTargets(text, targets);
  scope.postMessage({ id, starts, ends }, [starts.buffer, ends.buffer]);
};
