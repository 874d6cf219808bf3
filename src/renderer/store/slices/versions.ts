// New versions of sources, as the UI follows them: the files an import left waiting because they look like
// new versions of sources here (each asked "Import as a new version of …?" in the Library), and the orphan
// claim waiting for the researcher to select its passage again in the reader ("Re-select passage").
import { defineSlice } from '../create-store';

export type VersionOffer = { fileName: string; sourceId: string; title: string; message: string };
export type VersionsState = { offers: VersionOffer[]; reattachingClaimId: string | null };

export const versions = defineSlice((): VersionsState => ({ offers: [], reattachingClaimId: null }), {
  offerVersions: (state: VersionsState, offers: VersionOffer[]): VersionsState => ({ ...state, offers }),
  /** The researcher answered (or dismissed) the question for this file. */
  answerOffer: (state: VersionsState, fileName: string): VersionsState =>
    state.offers.some((o) => o.fileName === fileName)
      ? { ...state, offers: state.offers.filter((o) => o.fileName !== fileName) }
      : state,
  startReattach: (state: VersionsState, claimId: string): VersionsState =>
    state.reattachingClaimId === claimId ? state : { ...state, reattachingClaimId: claimId },
  stopReattach: (state: VersionsState): VersionsState =>
    state.reattachingClaimId === null ? state : { ...state, reattachingClaimId: null },
});
