// The key-word gates only skip cue patterns that cannot match: a clause read with its sentence's gates gets
// exactly the reading it gets with every pattern tried. A cue word missing from its gate list shows here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { splitClauses } from '../../../src/core/suggest/clauses';
import { splitSentences } from '../../../src/core/suggest/sentences';
import { findGateHits, gatesWithin } from '../../../src/core/suggest/stance-gates';
import { corpusDocumentFiles } from '../../support/repo-paths';

const MADE_UP = [
  'we are seeing evidence that the new measures are working.',
  'We know the helpline works, and the pilot shows that early help works.',
  'It said the changes were long overdue; the union has warned that the cuts will hit rural pupils.',
  'The BMA said it was deeply concerned about the proposals, and Shelter branded the decision a betrayal.',
  'I have told them that if they do not do so, the government will bring forward legislation.',
  'The Conservatives would keep the limit. Ann Lee pointed to a land tax as a possible option.',
  'They show the benefits that the regional funds have brought. Schools need more money, not less.',
].join('\n');

function readings(text: string): [unknown, unknown][] {
  const pairs: [unknown, unknown][] = [];
  for (const sentence of splitSentences(text)) {
    const hits = findGateHits(text.slice(sentence.start, sentence.end));
    for (const c of splitClauses(text, sentence)) {
      const clause = text.slice(c.start, c.end);
      const gates = gatesWithin(hits, c.start - sentence.start, c.end - sentence.start);
      pairs.push([
        classifyClause(clause, { listItem: c.listItem, gates }),
        classifyClause(clause, { listItem: c.listItem }),
      ]);
    }
  }
  return pairs;
}

describe('stance gates', () => {
  it('never change a reading, on the corpus and on sentences of the newer cue classes', () => {
    const texts = [...corpusDocumentFiles.map((file) => readFileSync(file, 'utf8')), MADE_UP];
    for (const text of texts) {
      for (const [gated, open] of readings(text)) expect(gated).toEqual(open);
    }
    expect(readings(MADE_UP).filter(([gated]) => gated !== undefined).length).toBeGreaterThan(8);
  });
});
