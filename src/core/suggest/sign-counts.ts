// How often a text writes a sign ("£", "$", "€"), and whether it is a text of the Irish state: the
// currency a text counts in decides how it reads cents and two-year forms such as "2021-22".

/** The Oireachtas's own words: a text of the Irish state, whose budgets run by calendar year and whose
 * cents are euro cents. */
export const IRISH_STATE = /\b(?:Dáil|Seanad|Oireachtas|Taoiseach|Tánaiste)\b/u;

/** The number of times `sign` occurs in `text`. */
export function countOf(text: string, sign: string): number {
  let n = 0;
  for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + sign.length)) n++;
  return n;
}
