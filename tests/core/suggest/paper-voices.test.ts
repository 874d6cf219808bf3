// A policy paper's voices: a foreword signed at its foot is the signer's from its heading down; the rest
// of the paper speaks for its author, from the title page or the signer's department; a paper with
// neither has no voice from this rule. Read through the whole stance finder on made-up papers.
import { describe, expect, it } from 'vitest';
import { findPaperVoices } from '../../../src/core/suggest/paper-voices';
import { findStances } from '../../../src/core/suggest/find-stances';

const holders = (text: string) => findStances(text).map((s) => [text.slice(s.start, s.end), s.actor]);

describe('policy papers', () => {
  it('credits a signed foreword to its signer, and the paper after it to the signer’s department', () => {
    const text = [
      'Locks and weirs: a plan for the canals',
      'Foreword',
      'Our canals were neglected for decades. We will repair every lock by 2030.',
      'Rt Hon Ann Reed MP Secretary of State for Waterways',
      'Executive Summary',
      'We will require boat hire firms to publish their fares.',
      'The Department for Waterways will consult on the towpath levy.',
    ].join('\n\n');
    const found = holders(text);
    expect(found).toContainEqual(['We will repair every lock by 2030.', 'Ann Reed']);
    expect(found).toContainEqual([
      'We will require boat hire firms to publish their fares.',
      'Department for Waterways',
    ]);
    expect(found.map(([, actor]) => actor)).not.toContain('Executive Summary');
  });

  it('reads the author from the title page', () => {
    const text = [
      'Safer Weirs',
      'Presented to Parliament by the Secretary of State for Waterways by Command of His Majesty',
      'We will fit a rescue ladder to every weir.',
    ].join('\n\n');
    expect(findPaperVoices(text)).toEqual([{ from: 0, actor: 'Secretary of State for Waterways' }]);
  });

  it('takes no plain name line for a signature, and gives no voice to a paper that names no author', () => {
    const text = ['Canal notes', 'We will repair every lock.', 'Ann Reed', 'Boats should pay more.'].join(
      '\n\n',
    );
    expect(findPaperVoices(text)).toEqual([]);
  });
});
