// Stance cue classes of speeches, statements and debates: commitments and confidence ("we attach great
// importance to", "I have every confidence that", "our commitment to"), verdicts that something is needed
// or the right course ("further detail is required", "it makes sense to") or is harmful ("would devastate",
// "has not yet set out"), advice against, cracking down on a practice, a speaker urging the audience, and a
// motion moved or resolved. Read through the whole finder, with the speaker's voice set by a speaker line.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';

function stances(text: string) {
  return findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);
}

/** One turn of a made-up debate, spoken by Ann Reed. */
function turn(words: string) {
  return stances(`Water Rates\n\nMrs. Ann Reed: ${words}`);
}

describe('commitment and confidence', () => {
  it('reads attaching importance, confidence and a commitment as support by who holds them', () => {
    expect(turn('The council attaches great importance to river cleaning.')).toEqual([
      ['The council attaches great importance to river cleaning.', 'council', 'support'],
    ]);
    expect(turn('I have every confidence that the new reservoir will be a success.')).toEqual([
      ['I have every confidence that the new reservoir will be a success.', 'Mrs. Ann Reed', 'support'],
    ]);
    expect(turn('I am confident that we can halve leakage.')).toEqual([
      ['I am confident that we can halve leakage.', 'Mrs. Ann Reed', 'support'],
    ]);
    expect(turn('Nothing will shake our commitment to cleaner rivers.').map(([, a, s]) => [a, s])).toEqual([
      ['Mrs. Ann Reed', 'support'],
    ]);
  });
});

describe('verdicts', () => {
  it('reads "X is required", "makes sense to" and "a great way to" as the speaker asking for it', () => {
    expect(turn('Further detail is required on the cost of the scheme.')).toEqual([
      ['Further detail is required on the cost of the scheme.', 'Mrs. Ann Reed', 'support'],
    ]);
    expect(turn('It makes good sense to meter every home.')).toEqual([
      ['It makes good sense to meter every home.', 'Mrs. Ann Reed', 'support'],
    ]);
    expect(turn('The new tariff is a great way to help large families.')).toEqual([
      ['The new tariff is a great way to help large families.', 'Mrs. Ann Reed', 'support'],
    ]);
  });

  it('reads harm, recklessness and failures to explain as the speaker objecting', () => {
    expect(turn('Closing the reservoir would devastate the garden trade.')).toEqual([
      ['Closing the reservoir would devastate the garden trade.', 'Mrs. Ann Reed', 'oppose'],
    ]);
    expect(turn('It is irresponsible of the board to raise bills now.')).toEqual([
      ['It is irresponsible of the board to raise bills now.', 'Mrs. Ann Reed', 'oppose'],
    ]);
    expect(turn('The water company has not yet set out how it will pay for the repairs.')).toEqual([
      ['The water company has not yet set out how it will pay for the repairs.', 'Mrs. Ann Reed', 'oppose'],
    ]);
    expect(turn('The plan for the estuary was not impressive.')).toEqual([
      ['The plan for the estuary was not impressive.', 'Mrs. Ann Reed', 'oppose'],
    ]);
    // "impressive" alone praises nothing the cue lists, and is no objection
    expect(turn('The new works are impressive.')).toEqual([]);
  });
});

describe('objections by advice and by action', () => {
  it('reads advising against and cracking down on a practice as opposing it', () => {
    expect(stances('The Foreign Office advises against travel to the region.')).toEqual([
      ['The Foreign Office advises against travel to the region.', 'Foreign Office', 'oppose'],
    ]);
    expect(stances('Regulators are cracking down on firms that hide charges.').map(([, , s]) => s)).toEqual([
      'oppose',
    ]);
    expect(
      turn('The Minister has no wish to dictate how councils spend the grant.').map(([, , s]) => s),
    ).toEqual(['oppose']);
  });
});

describe('a speaker addressing the audience, and motions', () => {
  it('reads a speaker urging the audience as a view, but not an instruction to a reader', () => {
    expect(turn('I urge you to sign the charter.')).toEqual([
      ['I urge you to sign the charter.', 'Mrs. Ann Reed', 'support'],
    ]);
    expect(stances('We recommend you upgrade your browser.')).toEqual([]);
  });

  it('reads a motion moved, asked for or resolved as support for it', () => {
    const moved = turn('I beg to move, That the draft Water Order be approved.');
    expect(moved.map(([, a, s]) => [a, s])).toEqual([['Mrs. Ann Reed', 'support']]);
    const asked = turn('I ask the House to approve the order.');
    expect(asked).toEqual([['I ask the House to approve the order.', 'Mrs. Ann Reed', 'support']]);
    expect(stances('Resolved, That the draft Water Order be approved.').map(([, , s]) => s)).toEqual([
      'support',
    ]);
  });

  it('reads "needs, adverb, to" as prescribing, not as the holder of the need', () => {
    expect(turn('The board needs urgently to publish its accounts.')).toEqual([
      ['The board needs urgently to publish its accounts.', 'Mrs. Ann Reed', 'support'],
    ]);
  });
});

describe('holders in speeches and debates', () => {
  it('credits a view to the speaker, not to a body named in what the speaker is pleased about', () => {
    expect(turn('I am also delighted that the Office for Water has hired its first chief.')).toEqual([
      [
        'I am also delighted that the Office for Water has hired its first chief.',
        'Mrs. Ann Reed',
        'support',
      ],
    ]);
  });

  it('credits a body named before the cue, not a pronoun found by a verb after it', () => {
    expect(turn('The Government attach great importance to leak repairs, as we do to metering.')).toEqual([
      [
        'The Government attach great importance to leak repairs, as we do to metering.',
        'Government',
        'support',
      ],
    ]);
  });

  it('does not resolve "my right hon. Friends" to the heading before them', () => {
    const found = turn('My right hon. Friends have no wish to prescribe the details.');
    expect(found.map(([, a, s]) => [a === 'Water Rates', s])).toEqual([[false, 'oppose']]);
  });

  it('finds a titled name after an opening phrase, for verbs of confirming and pointing to', () => {
    expect(
      stances(
        'Last month, Labour Party leader Sir Tom Ash confirmed that a Labour government would keep the cap.',
      ).map(([, a]) => a),
    ).toEqual(['Sir Tom Ash']);
    expect(
      stances(
        'Tom Clark, fellow at the Water Trust, pointed to a rise in the rate as a possible option.',
      ).map(([, a]) => a),
    ).toEqual(['Tom Clark']);
  });
});

describe('headings and offices', () => {
  it('reads no view in a short heading in sentence case, but does in a headline with its attribution', () => {
    const text =
      'Water Rates\n\nMrs. Ann Reed: We welcome the review.\n\nEncouraging families to save water\n\nRates must fall.';
    expect(stances(text).map(([span]) => span)).toEqual(['We welcome the review.', 'Rates must fall.']);
    expect(stances('Parks need £2bn more, councils warn').map(([, a]) => a)).toEqual(['councils']);
  });

  it('keeps an office written whole as the voice, not its tail', () => {
    const text = 'Statement by the Chancellor of the Exchequer on fuel duty\n\nWe want lower fuel duty.';
    expect(stances(text).map(([, a]) => a)).toEqual(['Chancellor of the Exchequer']);
  });
});

describe('commitments, votes, reluctance and refusals to comment', () => {
  const labels = (text: string) => stances(text).map(([, , s]) => s);

  it('reads a commitment to keep or protect something as support', () => {
    expect(labels('We will continue to provide free meters to every tenant.')).toEqual(['support']);
    expect(labels('The water grant will be protected at its current level.')).toEqual(['support']);
    // what others will go on doing is a plan reported, not a commitment made
    expect(labels('Many firms will continue to provide free meters.')).toEqual([]);
  });

  it('reads votes for and against, and a proposal made, by their direction', () => {
    expect(labels('Most members have voted to approve the new tariff.')).toEqual(['support']);
    expect(labels('The branch voted against the new tariff.')).toEqual(['oppose']);
    expect(labels('The Green Party has proposed a levy on bottled water.')).toEqual(['support']);
  });

  it('reads reluctance as mixed and "we need X to" as asking for it', () => {
    expect(labels('I am reluctant to overrule the regulator on this.')).toEqual(['mixed']);
    expect(labels('We need water firms to fix leaks faster.')).toEqual(['support']);
  });

  it('reads long-standing harm as an objection', () => {
    expect(labels('For far too long, tenants have been victims of poor repairs.')).toEqual(['oppose']);
  });

  it('reads a refusal to comment, contracted or paired with another verb, as neutral', () => {
    expect(labels('The regulator won’t comment on a merger before it is agreed.')).toEqual(['neutral']);
    expect(labels('On the inquiry I cannot predict or comment.')).toEqual(['neutral']);
  });
});
