// The fixed palette new tags get their colours from: distinct hues that stay distinguishable for common
// colour-vision deficiencies (after Okabe and Ito) and keep dark text readable on their light tints.

export const TAG_PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#b8a600',
  '#6a5acd',
  '#8c564b',
  '#4d4d4d',
] as const;

/** Colour of highlights for claims without a tag. */
export const UNTAGGED_COLOUR = '#c9a227';

/** The next colour for a library that already has `tagCount` tags: cycles through the palette. */
export function pickTagColour(tagCount: number): string {
  return TAG_PALETTE[tagCount % TAG_PALETTE.length] ?? TAG_PALETTE[0];
}
