// A claim's default statement is the sentence that holds its passage, on one line, with only what plainly
// does not belong to it trimmed from its start; the attribution and the passage itself always stay.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveStatement, MAX_STATEMENT_LENGTH } from '../../../src/core/suggest/derive-statement';
import { corpusDir } from '../../support/repo-paths';

const NAAS = readFileSync(path.join(corpusDir, 'documents', '000_38c8a26222ede8aa.txt'), 'utf8');

/** The statement for the first occurrence of `passage` in `text`. */
function statementOf(text: string, passage: string): string {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return deriveStatement(text, start, start + passage.length);
}

describe('deriveStatement', () => {
  it('is the sentence holding the passage, not its neighbours', () => {
    expect(statementOf(NAAS, '£3.3 million')).toBe(
      'The department paid £2.9 million and £3.3 million towards set up costs for Doncaster and Slough respectively.',
    );
    expect(statementOf(NAAS, '£2.5 million')).toBe(
      'The department’s contribution to the set up costs for this company was £2.5 million.',
    );
  });

  it('drops a bracket the sentence does not close, and keeps one it does', () => {
    expect(statementOf(NAAS, '£8.52m')).toMatch(/^£8\.52m of it gong to the private sector/);
    expect(statementOf(NAAS, 'October 2014')).toContain('(established in October 2014)');
  });

  it('spans every sentence a passage runs over', () => {
    const text = 'First point. The cost was £5m. It rose to £7m by 2020. Last point.';
    expect(statementOf(text, '£5m. It rose')).toBe('The cost was £5m. It rose to £7m by 2020.');
  });

  it('puts a sentence broken over lines on one line', () => {
    const text = 'The council spent\nabout £4m on\ntransport in 2019.';
    expect(statementOf(text, '£4m')).toBe('The council spent about £4m on transport in 2019.');
  });

  it('trims a leading connective or framing phrase and starts with a capital', () => {
    const cases: [string, string, string][] = [
      ['However, the trust spent £2m on agency staff.', '£2m', 'The trust spent £2m on agency staff.'],
      ['In addition, councils lost £1bn.', '£1bn', 'Councils lost £1bn.'],
      ['And the gap grew to £3m.', '£3m', 'The gap grew to £3m.'],
      ['In its response, the LGA opposed the cap.', 'opposed', 'The LGA opposed the cap.'],
      ['5.2 The fund holds £9m.', '£9m', 'The fund holds £9m.'],
      ['• Councils expect a £2m gap.', '£2m', 'Councils expect a £2m gap.'],
      [
        '‘The government has allocated £2.7 million.',
        '£2.7 million',
        'The government has allocated £2.7 million.',
      ],
    ];
    for (const [text, passage, statement] of cases) expect(statementOf(text, passage), text).toBe(statement);
  });

  it('keeps attributions, concessions and numbers that start a sentence', () => {
    const kept = [
      'Although in favour of the proposals, Barnardo’s stresses the need for clear quality standards.',
      'The LGA said that councils face a £2m gap.',
      '2.5 million people were affected.',
      'According to the ONS, prices rose 4%.',
    ];
    for (const text of kept) expect(statementOf(text, text.slice(-12, -1)), text).toBe(text);
  });

  it('never trims into the passage itself', () => {
    expect(statementOf('However, the trust spent £2m.', 'However, the trust')).toBe(
      'However, the trust spent £2m.',
    );
  });

  it('gives the passage when its sentence is too long to be a statement', () => {
    const long = `${'word '.repeat(200)}costs rose by £4m ${'word '.repeat(200)}`;
    expect(statementOf(long, 'costs rose by £4m')).toBe('costs rose by £4m');
    const passage = 'x '.repeat(MAX_STATEMENT_LENGTH);
    const cut = deriveStatement(passage, 0, passage.length);
    expect(cut.length).toBeLessThanOrEqual(MAX_STATEMENT_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('is empty for a passage of white space', () => {
    expect(deriveStatement('One.\n\nTwo.', 4, 6)).toBe('');
  });
});
