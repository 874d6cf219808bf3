// The anchoring worker: places the open source's claims in its text off the main thread, where 20,000
// anchorings (with a fuzzy quote search for any that moved) would hold up the reader as it opens. It is
// told the database, the source and the statuses, reads the text and the claims itself
// (anchor-stored-claims.ts), and answers with the places as transferred columns.
import type { ClaimStatus } from '../../../core/model/records';
import { openStore, type Store } from '../../storage/database';
import { anchorStoredClaims, type StoredAnchors } from './anchor-stored-claims';

export type AnchorRequest = {
  id: number;
  databaseName: string;
  sourceId: string;
  statuses: ClaimStatus[];
};
/** Sent when the reader starts: the worker loads and opens the database before the first source opens. */
export type WarmRequest = { warm: true; databaseName: string };
export type AnchorReply = { id: number; anchors: StoredAnchors | null } | { id: number; error: string };

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnchorRequest | WarmRequest>) => void) | null;
  postMessage: (reply: AnchorReply, transfer: Transferable[]) => void;
};

const stores = new Map<string, Store>();

function storeFor(databaseName: string): Store {
  let store = stores.get(databaseName);
  if (!store) {
    store = openStore(databaseName);
    stores.set(databaseName, store);
  }
  return store;
}

scope.onmessage = (event) => {
  if ('warm' in event.data) {
    void storeFor(event.data.databaseName)
      .db.open()
      .catch(() => undefined);
    return;
  }
  const { id, databaseName, sourceId, statuses } = event.data;
  const store = storeFor(databaseName);
  anchorStoredClaims(store, sourceId, statuses).then(
    (anchors) =>
      scope.postMessage({ id, anchors }, anchors ? [anchors.starts.buffer, anchors.ends.buffer] : []),
    (error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []),
  );
};
