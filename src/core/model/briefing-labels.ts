// The lists a briefing record chooses from, as values (the types live in core/briefing/document): its
// sections in the order a briefing prints them, and its citation styles. The bundle schema and any form
// that offers a choice take them from here; the checks below fail the build if a list and its type differ.
import type { BriefingSectionKind, BriefingStyle } from './records';

export const BRIEFING_SECTION_KINDS = [
  'key-figures',
  'timeline',
  'positions',
  'cross-checks',
  'quotes',
  'references',
] as const satisfies readonly BriefingSectionKind[];

export const BRIEFING_STYLES = ['harvard', 'apa', 'chicago'] as const satisfies readonly BriefingStyle[];

// Every member of each type is in its list (the `satisfies` above says every list entry is in the type).
type Covers<List extends readonly string[], T extends string> = [T] extends [List[number]] ? true : false;
const _allSections: Covers<typeof BRIEFING_SECTION_KINDS, BriefingSectionKind> = true;
const _allStyles: Covers<typeof BRIEFING_STYLES, BriefingStyle> = true;
