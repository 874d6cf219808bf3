// The tag palette lives in core (the CLI's codebook import colours new tags from it too); re-exported here
// for the renderer's existing imports.
export { TAG_PALETTE, UNTAGGED_COLOUR, pickTagColour } from '../../core/codebook/tag-palette';
