// Decides whether one clause states a position and which: the cue groups are tried from the most
// specific (declared neutrality, indecision, rhetorical questions, conditional yeses, the funding and profit
// conventions) to the most general (objection words, then support words and modals). Returns where the
// deciding cue ends, so the topic can be read from the words after it.

import type { StanceLabel } from './suggestion';
import {
  addressesReader,
  CAUTION,
  FINDING,
  FUNDING,
  GRANTING,
  MIXED,
  NEGATED_BENEFIT,
  NEGATED_MODAL,
  NEGATED_SUPPORT,
  NEUTRAL,
  OPPOSE,
  PROFIT,
  PROFIT_AGAINST,
  PROFIT_LIMIT,
  RATHER_THAN,
  READER,
  RHETORICAL,
  RHETORICAL_DEMAND,
  SHORTAGE,
  SUPPORT,
  UNSURE,
  WITHOUT_RISK,
} from './stance-cues';
import { isCueVoided } from './cue-context';
import { COMMITMENT, PROGRAMME_WILL, PROPOSAL_ACTION, PROPOSAL_REMOVAL } from './commitment-cues';
import { ACCLAIM, DISPARAGE } from './acclaim-cues';
import { CONDEMN, INTEND, PRAISE } from './evaluation-cues';
import { MERIT } from './merit-cues';
import { EMPHATIC_AGREEMENT, RIGHT_TO_SAY } from './agreement-cues';
import { GRATITUDE } from './gratitude-cues';
import { JUDGED_AGAINST, JUDGED_FOR } from './judgement-words';
import { OPTION, OWN_POSITION, REFUSAL, VERDICT_AGAINST, VERDICT_FOR } from './verdict-cues';
import { ALL_GATES, type Gate, opens } from './stance-gates';
import { speedUpCaseless } from './caseless-patterns';
import { readPressingQuestion } from './pressing-questions';

export type StanceReading = {
  stance: StanceLabel;
  confidence: number;
  cueEnd: number;
  /** Where the deciding cue starts, when one pattern decided: the holder is named just before it. */
  cueStart?: number;
  topicHint?: string;
  /** The cue judges a thing ("X is vital", "a waste of"): its subject is what is judged, not who judges. */
  verdict?: boolean;
  /** Read by the trained detector (model-judge.ts), not by a cue: it needs a named holder to be offered. */
  byModel?: boolean;
};

/** `gates`: the cue groups whose key words occur in the clause (see stance-gates.ts); all when omitted. */
export type ClauseShape = {
  listItem?: boolean;
  concession?: string;
  gates?: number;
  /** The clause is of a government's programme, whose every "will" is an item of it. */
  programme?: boolean;
};

export function classifyClause(clause: string, shape: ClauseShape = {}): StanceReading | undefined {
  const bits = shape.gates ?? ALL_GATES;
  const has = (gate: Gate) => opens(bits, gate);
  if ((has('reader') && READER.test(clause)) || (has('finding') && FINDING.test(clause))) return undefined;
  const negated = has('negation');
  const cue = (pattern: RegExp, stance: StanceLabel, confidence: number, topicHint?: string) => {
    const m = pattern.exec(clause);
    return m
      ? {
          stance,
          confidence,
          cueStart: m.index,
          cueEnd: m.index + m[0].length,
          ...(topicHint ? { topicHint } : {}),
        }
      : undefined;
  };
  const reading =
    (has('neutral') ? cue(NEUTRAL, 'neutral', 0.8) : undefined) ??
    (has('unsure') ? cue(UNSURE, 'unsure', 0.7) : undefined) ??
    (/\?[”"’']?\s*$/.test(clause)
      ? (cue(RHETORICAL_DEMAND, 'support', 0.55) ??
        cue(RHETORICAL, 'oppose', 0.55) ??
        readPressingQuestion(clause, (asked) => classifyClause(asked)))
      : undefined) ??
    (has('mixed') ? cue(MIXED, 'mixed', 0.6) : undefined) ??
    concessionReading(clause, shape.concession) ??
    (has('option') ? cue(OPTION, 'support', 0.5) : undefined) ??
    (negated && has('benefit') ? cue(NEGATED_BENEFIT, 'oppose', 0.6) : undefined) ??
    (/^\W?without\b/i.test(clause) ? cue(WITHOUT_RISK, 'support', 0.55) : undefined) ??
    (has('funding') && FUNDING.test(clause) ? cue(SHORTAGE, 'support', 0.55, 'funding') : undefined) ??
    (has('profit') ? profitReading(clause) : undefined) ??
    (negated && has('supportWords') ? cue(EMPHATIC_AGREEMENT, 'support', 0.6) : undefined) ??
    (negated && has('supportWords') ? cue(NEGATED_SUPPORT, 'oppose', 0.75) : undefined) ??
    (negated ? cue(NEGATED_MODAL, 'oppose', 0.6) : undefined) ??
    (has('but') ? butReading(clause) : undefined) ??
    (has('proposal') ? cue(PROPOSAL_REMOVAL, 'oppose', 0.5) : undefined) ??
    (has('oppose') ? cue(OPPOSE, 'oppose', 0.7) : undefined) ??
    (has('condemn') ? ending(clause, asVerdict(clause, cue(CONDEMN, 'oppose', 0.55))) : undefined) ??
    (has('refusal') ? cue(REFUSAL, 'oppose', 0.5) : undefined) ??
    (has('disparage') ? asVerdict(clause, cue(DISPARAGE, 'oppose', 0.5)) : undefined) ??
    (has('verdictAgainst') ? asVerdict(clause, cue(VERDICT_AGAINST, 'oppose', 0.5)) : undefined) ??
    (has('judgement') ? asVerdict(clause, cue(JUDGED_AGAINST, 'oppose', 0.5)) : undefined) ??
    (has('praise') ? asVerdict(clause, cue(RIGHT_TO_SAY, 'support', 0.5)) : undefined) ??
    (has('intend') ? cue(INTEND, 'support', 0.6) : undefined) ??
    (has('support') ? cue(SUPPORT, 'support', 0.6) : undefined) ??
    (has('support') ? cue(COMMITMENT, 'support', 0.5) : undefined) ??
    (has('proposal') ? cue(PROPOSAL_ACTION, 'support', 0.5) : undefined) ??
    (has('praise') ? asVerdict(clause, cue(PRAISE, 'support', 0.5)) : undefined) ??
    (has('acclaim') ? asVerdict(clause, cue(ACCLAIM, 'support', 0.5)) : undefined) ??
    (has('merit') ? asVerdict(clause, cue(MERIT, 'support', 0.5)) : undefined) ??
    (has('verdictFor') ? asVerdict(clause, cue(VERDICT_FOR, 'support', 0.5)) : undefined) ??
    (has('ownPosition') ? cue(OWN_POSITION, 'support', 0.5) : undefined) ??
    (has('gratitude') ? cue(GRATITUDE, 'support', 0.5) : undefined) ??
    (has('judgement') ? asVerdict(clause, cue(JUDGED_FOR, 'support', 0.5)) : undefined) ??
    (has('rather') ? cue(RATHER_THAN, 'oppose', 0.45) : undefined) ??
    (shape.programme && has('support') ? cue(PROGRAMME_WILL, 'support', 0.45) : undefined);
  if (reading?.cueStart !== undefined) {
    const { cueStart, cueEnd } = reading;
    if (has('reader') && addressesReader(clause, cueStart, cueEnd)) return undefined;
    if (isCueVoided(clause, cueStart, cueEnd)) return undefined;
  }
  if (reading || !shape.listItem) return reading;
  // an item of a listed set of positions ("local authorities remaining accountable") asks for that state
  return /\b\w+ing\b/.test(clause) ? { stance: 'support', confidence: 0.5, cueEnd: 0 } : undefined;
}

// "with a view to eliminating any unfair use of those powers": ending what is condemned is wanted
const ENDING_BEFORE = speedUpCaseless(
  /\b(?:eliminat|end|tackl|prevent|stop|reduc|remov|cut|ban|outlaw|abolish|scrap)\w*[ \u00a0]+(?:\S+[ \u00a0]+){0,3}$/iu,
);

function ending(clause: string, reading: StanceReading | undefined): StanceReading | undefined {
  if (!reading || reading.cueStart === undefined) return reading;
  const before = clause.slice(Math.max(0, reading.cueStart - 50), reading.cueStart);
  return ENDING_BEFORE.test(before) ? { ...reading, stance: 'support', verdict: false } : reading;
}

// a stated policy ("the Department's policy is not to ...") is held by its owner, not judged
function asVerdict(clause: string, reading: StanceReading | undefined): StanceReading | undefined {
  if (!reading || /^policy\b/i.test(clause.slice(reading.cueStart ?? 0))) return reading;
  return { ...reading, verdict: true };
}

// "While the private sector has some of the skills ..., safeguards should ...": granted, then qualified
function concessionReading(clause: string, concession: string | undefined): StanceReading | undefined {
  if (!concession || !GRANTING.test(concession)) return undefined;
  const main = OPPOSE.exec(clause) ?? CONDEMN.exec(clause) ?? SUPPORT.exec(clause) ?? PROFIT.exec(clause);
  return main ? { stance: 'mixed', confidence: 0.55, cueEnd: main.index + main[0].length } : undefined;
}

function profitReading(clause: string): StanceReading | undefined {
  const profit = PROFIT.exec(clause);
  if (!profit) return undefined;
  const limit = PROFIT_LIMIT.exec(clause);
  if (limit)
    return {
      stance: 'support',
      confidence: 0.6,
      cueEnd: 0,
      topicHint: 'limiting provision to non-profit bodies',
    };
  const against = PROFIT_AGAINST.exec(clause);
  if (!against) return undefined;
  // "warns against allowing organisations to make a profit ...": the topic is what the warning is about
  const cueEnd = against.index < profit.index ? against.index + against[0].length : 0;
  return { stance: 'oppose', confidence: 0.6, cueEnd, topicHint: 'profit' };
}

// "welcomes the plans but warns that ...": a yes and a no in one statement
function butReading(clause: string): StanceReading | undefined {
  const but = /\b(?:but|however|yet)\b/i.exec(clause);
  if (!but) return undefined;
  const before = clause.slice(0, but.index);
  const after = clause.slice(but.index);
  const yesThenNo =
    SUPPORT.test(before) && (OPPOSE.test(after) || NEGATED_SUPPORT.test(after) || CAUTION.test(after));
  const noThenYes = OPPOSE.test(before) && SUPPORT.test(after);
  return yesThenNo || noThenYes ? { stance: 'mixed', confidence: 0.5, cueEnd: but.index } : undefined;
}
