// "Export database" as one task against a store: the library read from the database, narrowed to the
// claims the Claims list shows under its filters when asked (interchange formats only; the bundle is always the whole
// library), and written in the chosen format. The exchange worker runs it where the data is, so the
// window never holds the library; the page runs the same task where there are no workers.
import { createBundle, serialiseBundle } from '../../../core/exchange/create-bundle';
import type { Store } from '../../storage/database';
import { readLibrary } from '../../storage/library-exchange';
import { listListedClaimIds, type ListedClaimFilter } from '../../storage/listed-claims';
import { BUNDLE_CHOICE, listExportChoices } from './export-choices';

export type ExportRequest = {
  /** An export choice's id: 'bundle' or an interchange format's. */
  choiceId: string;
  /**
   * Only the claims the Claims list shows under this filter (an interchange format's export of the
   * filtered list), found by the list's own query; null when the filter can match nothing.
   */
  only?: ListedClaimFilter | null | undefined;
  /** ISO time of the export. */
  now: string;
};

export async function exportLibrary(store: Store, request: ExportRequest): Promise<Uint8Array> {
  const choice = listExportChoices().find((c) => c.id === request.choiceId) ?? BUNDLE_CHOICE;
  const whole = await readLibrary(store);
  const { format } = choice;
  const only =
    request.only === undefined || !format
      ? null
      : new Set(request.only === null ? [] : await listListedClaimIds(store, request.only));
  const library = only ? { ...whole, claims: whole.claims.filter((c) => only.has(c.id)) } : whole;
  return format?.write
    ? format.write(library, { now: request.now })
    : new TextEncoder().encode(serialiseBundle(createBundle(library, request.now)));
}
