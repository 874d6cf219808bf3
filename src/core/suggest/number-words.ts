// Numbers written as words ("two", "twenty-five", "three hundred", "half a"), the vocabulary of scale
// ("million", "bn", "k") and digit strings with thousands separators. Every figure finder reads its numbers
// through here so "£2.7 m", "2.7 million" and "two million" all mean the same thing.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Source text for a regex that matches one number written in words (no capture groups). */
export const NUMBER_WORDS_SOURCE = (() => {
  const small = [...Object.keys(UNITS), ...Object.keys(TENS)].sort((a, b) => b.length - a.length).join('|');
  const tens = Object.keys(TENS).join('|');
  const single = `(?:(?:${tens})[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|${small})`;
  return `${single}(?:\\s(?:hundred|thousand)(?:\\s(?:and\\s)?${single})?)?`;
})();

/** Value of a number written in words (as matched by NUMBER_WORDS_SOURCE), or NaN. */
export function parseNumberWords(words: string): number {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === 'a' || word === 'an') continue;
    if (word in UNITS) current += UNITS[word] as number;
    else if (word in TENS) current += TENS[word] as number;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return NaN;
  }
  return total + current;
}

/** A count written in digits, in words or as "a"/"an" (one): "57", "fifty-seven", "a". */
export function parseCount(word: string): number {
  if (/^an?$/i.test(word)) return 1;
  return /\d/.test(word) ? parseDigits(word) : parseNumberWords(word);
}

/** "1,234.5" or "1 234" -> number; thousands separators are commas (or thin/no-break spaces). */
export function parseDigits(digits: string): number {
  // older British print (Hansard) writes the decimal point as a raised dot: "17·6"
  return Number(digits.replace(/[,\u00a0\u202f ]/g, '').replace('\u00b7', '.'));
}

/** Multiplier for a scale word or abbreviation ("m", "bn", "million"), or 1 when there is none. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return SCALES[word.toLowerCase()] ?? 1;
}

/** Scale words as regex source, longest first so "million" wins over "m". */
// headlines capitalise the scale word ("$500 Million")
export const SCALE_SOURCE =
  'billion|million|thousand|trillion|Billion|Million|Thousand|Trillion|bn|mn|tn|m|k|K';

/** Avoids float noise such as 8.52 * 1e6 = 8520000.000000001. */
export function tidy(value: number): number {
  return Math.abs(value) >= 1 ? Math.round(value * 1e4) / 1e4 : Number(value.toPrecision(10));
}
