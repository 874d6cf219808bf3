// Percentages: digits with a % sign ("4.3%") or with "per cent"/"percent"/"percentage points" spelled out
// ("16 per cent"), and number words with the spelled-out forms ("ten per cent"). The span is the number
// plus the sign or words, so a footnote digit glued on after the sign stays out; "65-percent" is one too.

import { NUMBER_WORDS_SOURCE, parseDigits, parseNumberWords, tidy } from './number-words';
import { isHedged } from './hedges';
import type { Found } from './suggestion';
import { isWordChar } from './text-spans';

// the sign or words first (rare, so found fast), then the number right before them
// "1.3pp": percentage points, glued to the number
const MARKER = /%|pp\b|\bper[ \u00a0]?cent\b|\bpercent(?:age[ \u00a0]points)?\b/gi;
const NUMBER_BEFORE = new RegExp(
  String.raw`(?:(\d{1,3}(?:,\d{3})+(?:[.\u00b7]\d+)?|\d+(?:[.\u00b7]\d+)?|\.\d+)|\b(${NUMBER_WORDS_SOURCE}))([ \u00a0]?|-)$`,
  'i',
);
const LOOK_BACK = 40;
/** The first number of a range the unit is written once for: "17 or 18 per cent", "between 5 and 7%". */
const RANGE_START =
  /(?<![\p{L}\p{N}.,\u00b7])(\d+(?:[.\u00b7]\d+)?)(?:[ \u00a0]+(?:or|to|and)[ \u00a0]+|[ \u00a0]?[-–][ \u00a0]?)$/u;

export function findPercentages(text: string): Found[] {
  const found: Found[] = [];
  MARKER.lastIndex = 0;
  for (let marker = MARKER.exec(text); marker; marker = MARKER.exec(text)) {
    const from = Math.max(0, marker.index - LOOK_BACK);
    const m = NUMBER_BEFORE.exec(text.slice(from, marker.index));
    // "per cent" needs a space before it; "%" may have one
    const points = marker[0].toLowerCase() === 'pp';
    // "pp" counts only glued to a number ("1.3pp"), never as the end of a word ("app")
    if (points && !/\d/.test(text[marker.index - 1] ?? '')) continue;
    if (!m || (marker[0] !== '%' && !points && m[3] === '')) continue;
    // "a 65-percent increase": an adjective joined by a hyphen, the only joiner besides a space
    if (m[3] === '-' && !/^percent$/i.test(marker[0])) continue;
    const start = from + m.index;
    const end = marker.index + marker[0].length;
    // "110%" must not yield "10%"; a number glued to a letter is part of a name or code
    if (
      isWordChar(text, start - 1) ||
      (m[1] && /[.,]/.test(text[start - 1] ?? '') && isWordChar(text, start - 2))
    ) {
      continue;
    }
    const value = m[1] !== undefined ? parseDigits(m[1]) : parseNumberWords(m[2] as string);
    if (!Number.isFinite(value)) continue;
    // "read--40 percent": a dash written as two hyphens is no minus sign
    const negative =
      (text[start - 1] === '-' || text[start - 1] === '−') && !/[-–—]/u.test(text[start - 2] ?? '');
    const range = m[1] !== undefined ? RANGE_START.exec(text.slice(Math.max(0, start - 24), start)) : null;
    // "from 2019 to 20%" is a year, not the start of a range
    if (range && !/^(?:1[89]|20)\d\d$/.test(range[1] as string)) {
      const first = start - range[0].length;
      found.push({
        kind: 'figure',
        start: first,
        end: first + (range[1] as string).length,
        value: tidy(parseDigits(range[1] as string)),
        unit: 'percent',
        confidence: 0.9,
        ...(isHedged(text, first) ? { approximate: true } : {}),
      });
    }
    found.push({
      kind: 'figure',
      start: negative && !isWordChar(text, start - 2) ? start - 1 : start,
      end,
      value: tidy(negative && !isWordChar(text, start - 2) ? -value : value),
      unit: 'percent',
      confidence: 0.95,
      ...(isHedged(text, start) ? { approximate: true } : {}),
    });
  }
  return found;
}
