// How the trained detector and the rules decide together whether a clause states a position. The rules'
// reading stands unless the detector thinks the clause very unlikely to carry a position (a veto, for
// precision); a clause no rule reads is offered when the detector is sure enough, labelled by the second
// regression (support or oppose: the rarer labels are left to the rules' cues). Its confidence is the share
// of added positions that proved right on tuning texts held out from training (the probability itself is
// over-sure on unseen text), under the rules' own ceiling for stances.

import type { StanceReading } from './classify-stance';
import { clauseFeatures, type ClauseView } from './stance-features';
import { probability, type StanceModel } from './stance-model';

/** Decides a clause's reading from what findStances knows of it; undefined: no position. */
export type ClauseJudge = (view: ClauseView) => StanceReading | undefined;

/** The rules alone: the reading they gave. */
export const RULES_ONLY: ClauseJudge = (view) => view.rule;

const CEILING = 0.75;
const ADDRESSED = /\b(?:you|your)\b/i;

const addressesReader = ({ text, clause }: ClauseView) =>
  ADDRESSED.test(text.slice(clause.start, clause.end));

export type JudgeMode = 'combined' | 'model';

/** `model`: the detector alone decides every clause (for measuring it); `combined`: rules first. */
export function judgeWithModel(model: StanceModel, mode: JudgeMode = 'combined'): ClauseJudge {
  return (view) => {
    // with no veto, what the detector makes of a clause a rule reads changes nothing: it is not asked
    if (view.rule && mode === 'combined' && model.veto <= 0) return view.rule;
    const features = clauseFeatures(view);
    const p = probability(model.detector, features);
    if (view.rule && mode === 'combined') return p < model.veto ? undefined : view.rule;
    if (p < model.threshold) return undefined;
    // a page's word to its reader ("by submitting material you confirm ...") is site furniture, not a
    // position; a speaker's "you" in a debate or a quoted "you" is rhetorical, and left to the detector
    if (!view.rule && !view.turns && !view.inQuote && addressesReader(view)) return undefined;
    const rare = view.rule && view.rule.stance !== 'support' && view.rule.stance !== 'oppose';
    const stance = rare
      ? (view.rule as StanceReading).stance
      : probability(model.labeller, features) >= model.opposeAt
        ? 'oppose'
        : 'support';
    // the detector's probability is over-sure on texts it has not seen: an added position is as likely
    // to be right as added positions were on the tuning groups held out from its training
    return { stance, confidence: Math.min(CEILING, model.addedPrecision), cueEnd: 0, byModel: true };
  };
}
