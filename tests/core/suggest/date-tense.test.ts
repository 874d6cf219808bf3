// The tense of a date's own sentence, which decides on which side of the text's own date a day without a
// year falls: the marker nearest the date wins, a verb that governs the date counts most, and a marker in
// the next clause ("in June which will ...") belongs to another verb.
import { describe, expect, it } from 'vitest';
import { tenseOfDate } from '../../../src/core/suggest/date-tense';

const tenseOf = (text: string, date: string) => {
  const at = text.indexOf(date);
  return tenseOfDate(text, at, at + date.length);
};

describe('tenseOfDate', () => {
  it('reads a verb in the past that governs the date, and "since", as past', () => {
    expect(
      tenseOf('The strategy published on 4 March sets out a plan that will run for years.', '4 March'),
    ).toBe('past');
    expect(tenseOf('Rents have doubled since April, and they will rise again.', 'April')).toBe('past');
    expect(tenseOf('On 2 December the board confirmed it will close the depot.', '2 December')).toBe('past');
  });

  it('reads "will", "expect to", a deadline and a scheduled end as future', () => {
    expect(tenseOf('The panel in October will publish its findings.', 'October')).toBe('future');
    expect(
      tenseOf('I expect to receive the draft in August and the final text in November.', 'November'),
    ).toBe('future');
    expect(tenseOf('Councils must reply by March.', 'March')).toBe('future');
    expect(tenseOf('The consultation, which began in spring, closes on 9 July.', '9 July')).toBe('future');
    expect(
      tenseOf('We have announced military assistance to Ukraine through January 20.', 'January 20'),
    ).toBe('future');
    // a future told in the past: the increase had not happened when the text was written
    expect(tenseOf('The EU was set to increase tariffs on December 1st.', 'December 1st')).toBe('future');
  });

  it('reads a present perfect as past, but not across "although" into another clause', () => {
    // "next" is further from the date than "has nearly doubled"
    const share = 'The share hiring in the next six months has nearly doubled, from 30 percent in January.';
    expect(tenseOf(share, 'January')).toBe('past');
    expect(tenseOf('The level of GDP in 2021 is the same, although the profile has changed.', '2021')).toBe(
      undefined,
    );
  });

  it('does not take a passive, an adjective in -ed or the next clause’s verb for the tense', () => {
    expect(tenseOf('A grant for tenants will be launched in January.', 'January')).toBe('future');
    expect(tenseOf('We will replace it with a more focused scheme in May next year.', 'May')).toBe('future');
    expect(
      tenseOf('Ministers introduced the bill into Parliament in June which will end the levy.', 'June'),
    ).toBe('past');
  });

  it('leaves a sentence with no marker of tense open', () => {
    expect(tenseOf('Household spending is stronger in November.', 'November')).toBeUndefined();
  });
});
