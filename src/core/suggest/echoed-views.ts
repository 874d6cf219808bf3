// A view another body is said to share: "This is a view shared by the Institute for Fiscal Studies", "a
// concern echoed by the Local Government Association". The clause has no cue of its own; it takes the
// position of the view stated just before it, and its holder is the agent after "by" (cue-subject.ts).

import type { StanceReading } from './classify-stance';
import type { Found } from './suggestion';
import { speedUpCaseless } from './caseless-patterns';

const ECHO = speedUpCaseless(
  /\b(?:view|position|concern|call|argument|criticism|warning|demand|stance)s?[ \u00a0]+(?:(?:is|are|was|were|has[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+)?(?:\w+ly[ \u00a0]+)?(?:shared|echoed|supported|backed|endorsed|repeated)[ \u00a0]+by\b/iu,
);
/** How far back (in characters) the view being shared may end. */
const REACH = 400;

/** The reading of a clause that shares the last stance found, ending at most REACH before `clauseStart`. */
export function echoedReading(
  clause: string,
  clauseStart: number,
  found: readonly Found[],
): (StanceReading & { topic: string }) | undefined {
  const last = found[found.length - 1];
  if (!last?.stance || clauseStart - last.end > REACH || last.end > clauseStart) return undefined;
  const m = clause.includes(' by') ? ECHO.exec(clause) : null;
  if (!m) return undefined;
  const by = m.index + m[0].length - 2;
  return { stance: last.stance, confidence: 0.5, cueStart: by, cueEnd: by + 2, topic: last.topic ?? '' };
}
