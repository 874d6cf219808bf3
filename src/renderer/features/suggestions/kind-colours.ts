// The colour of each kind's dashed suggestion highlight: the hues of the kind badges, strong enough for a
// dashed underline on white, and unlike the tag palette's default gold so a suggestion never looks saved.
import type { ClaimKind } from '../../../core/model/records';

export const SUGGESTION_COLOURS: Record<ClaimKind, string> = {
  figure: '#2b6cb0',
  date: '#2f7d32',
  stance: '#9c3d86',
  quote: '#6b5a2a',
};
