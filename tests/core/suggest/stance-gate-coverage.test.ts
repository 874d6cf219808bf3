// The key-word gates (stance-gates.ts) keep each cue pattern off the sentences that cannot match it. This
// checks that claim pattern by pattern, on the texts tests may read (the corpus, the dev set's tuning half,
// the held-out documents; a fresh held-out set is read by no test): wherever a cue pattern matches
// inside a sentence, the gate it runs behind is open over that match. A cue word added to a pattern but not to its gate list fails here even
// when another cue happens to give the clause the same reading.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMMITMENT,
  PROGRAMME_WILL,
  PROPOSAL_ACTION,
  PROPOSAL_REMOVAL,
} from '../../../src/core/suggest/commitment-cues';
import { ACCLAIM, DISPARAGE } from '../../../src/core/suggest/acclaim-cues';
import { CONDEMN, INTEND, PRAISE } from '../../../src/core/suggest/evaluation-cues';
import { MERIT } from '../../../src/core/suggest/merit-cues';
import { splitSentences } from '../../../src/core/suggest/sentences';
import {
  OPTION,
  OWN_POSITION,
  REFUSAL,
  VERDICT_AGAINST,
  VERDICT_FOR,
} from '../../../src/core/suggest/verdict-cues';
import {
  FINDING,
  FUNDING,
  MIXED,
  NEGATED_BENEFIT,
  NEGATED_MODAL,
  NEGATED_SUPPORT,
  NEUTRAL,
  OPPOSE,
  PROFIT,
  RATHER_THAN,
  READER,
  SUPPORT,
  UNSURE,
} from '../../../src/core/suggest/stance-cues';
import { findGateHits, gatesWithin, opens, type Gate } from '../../../src/core/suggest/stance-gates';
import { corpusDocumentFiles, repoRoot } from '../../support/repo-paths';

// each pattern classify-stance.ts runs only behind gates, with the gates it needs open
const GATED: [string, RegExp, Gate[]][] = [
  ['READER', READER, ['reader']],
  ['FINDING', FINDING, ['finding']],
  ['NEUTRAL', NEUTRAL, ['neutral']],
  ['UNSURE', UNSURE, ['unsure']],
  ['MIXED', MIXED, ['mixed']],
  ['NEGATED_BENEFIT', NEGATED_BENEFIT, ['negation', 'benefit']],
  ['FUNDING', FUNDING, ['funding']],
  ['PROFIT', PROFIT, ['profit']],
  ['NEGATED_SUPPORT', NEGATED_SUPPORT, ['negation', 'supportWords']],
  ['NEGATED_MODAL', NEGATED_MODAL, ['negation']],
  ['but', /\b(?:but|however|yet)\b/i, ['but']],
  ['OPPOSE', OPPOSE, ['oppose']],
  ['CONDEMN', CONDEMN, ['condemn']],
  ['INTEND', INTEND, ['intend']],
  ['SUPPORT', SUPPORT, ['support']],
  ['COMMITMENT', COMMITMENT, ['support']],
  ['PROPOSAL_ACTION', PROPOSAL_ACTION, ['proposal']],
  ['PROGRAMME_WILL', PROGRAMME_WILL, ['support']],
  ['PROPOSAL_REMOVAL', PROPOSAL_REMOVAL, ['proposal']],
  ['VERDICT_AGAINST', VERDICT_AGAINST, ['verdictAgainst']],
  ['VERDICT_FOR', VERDICT_FOR, ['verdictFor']],
  ['OWN_POSITION', OWN_POSITION, ['ownPosition']],
  ['OPTION', OPTION, ['option']],
  ['REFUSAL', REFUSAL, ['refusal']],
  ['PRAISE', PRAISE, ['praise']],
  ['RATHER_THAN', RATHER_THAN, ['rather']],
  ['ACCLAIM', ACCLAIM, ['acclaim']],
  ['DISPARAGE', DISPARAGE, ['disparage']],
  ['MERIT', MERIT, ['merit']],
];

function textsInRepository(): string[] {
  const folder = (relative: string) => {
    const dir = path.join(repoRoot, relative);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(dir, name));
  };
  return [
    ...corpusDocumentFiles,
    ...folder('tests/fixtures/devset/tune/texts'),
    ...folder('tests/fixtures/suggest-heldout/documents'),
  ].map((file) => readFileSync(file, 'utf8'));
}

describe('stance gate coverage', () => {
  it('opens every cue pattern’s gates over each of its matches in the test texts', () => {
    const missed: string[] = [];
    const matched = new Set<string>();
    for (const text of textsInRepository()) {
      for (const sentence of splitSentences(text)) {
        const s = text.slice(sentence.start, sentence.end);
        const hits = findGateHits(s);
        for (const [name, pattern, gates] of GATED) {
          const global = new RegExp(pattern.source, `${pattern.flags}g`);
          for (const m of s.matchAll(global)) {
            matched.add(name);
            const bits = gatesWithin(hits, m.index, m.index + Math.max(1, m[0].length));
            for (const gate of gates) if (!opens(bits, gate)) missed.push(`${name} (${gate}): "${m[0]}"`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    // the check reads real matches of nearly every pattern, not an empty loop
    expect(matched.size).toBeGreaterThanOrEqual(GATED.length - 2);
  });
});
