// A holder written as two bodies ("the LWA and the RFA agree ...") is two holders, each with the position;
// a body whose own name holds an "and" is one.
import { describe, expect, it } from 'vitest';
import { splitActors } from '../../../src/core/suggest/stance-spans';

describe('splitActors', () => {
  it('splits two bodies joined by "and"', () => {
    expect(splitActors('LWA and the RFA')).toEqual(['LWA', 'RFA']);
    expect(splitActors('Ann Reed and Tom Hale')).toEqual(['Ann Reed', 'Tom Hale']);
  });

  it('keeps one body whose name has an "and" in it', () => {
    for (const body of [
      'Department for Coasts and Rivers',
      'the Ministry of Harbours and Ferries',
      'Minister for Ports and Shipping',
      'Ferries and Harbours Board',
    ])
      expect(splitActors(body), body).toEqual([body]);
  });

  it('splits a body named for what it does from another body after its "and"', () => {
    expect(splitActors('Department for Coasts and the Treasury')).toEqual([
      'Department for Coasts',
      'Treasury',
    ]);
    expect(splitActors('Ministry of Harbours and HMRC')).toEqual(['Ministry of Harbours', 'HMRC']);
    expect(splitActors('Office for Ports and Office for Rail')).toEqual([
      'Office for Ports',
      'Office for Rail',
    ]);
  });
});
