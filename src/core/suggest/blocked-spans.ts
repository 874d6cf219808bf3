// Stretches of text where no figure or date may be suggested: web and e-mail addresses (a URL's
// "2018/02/13" is not a date) and telephone numbers ("0800 123 4567" is not three counts).

import { type Span, SpanSet, WORD_CLASS, findUrlSpans } from './text-spans';

const PHONE = new RegExp(
  String.raw`(?<![${WORD_CLASS}])(?:\+\d{1,3}[ \u00a0]?(?:\(0\))?[ \u00a0]?\d{2,4}|\(?0\d{2,4}\)?)(?:[ \u00a0-]?\d{3,4}){2}(?![${WORD_CLASS}])`,
  'g',
);

export function findBlockedSpans(text: string): SpanSet {
  const spans: Span[] = findUrlSpans(text);
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return new SpanSet(spans);
}
