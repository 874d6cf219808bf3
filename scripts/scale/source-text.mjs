// Source texts for the scale generator: report-like prose of sentences that carry figures, dates and
// positions, in paragraphs separated by blank lines. Each sentence's span (and the span of its figure or
// date) is returned with the text, so claims can quote the text exactly where it is.

const TOPICS = [
  'housing',
  'flood defences',
  'bus services',
  'school meals',
  'library hours',
  'road repairs',
  'social care',
  'the new bridge',
  'waste collection',
  'park maintenance',
  'street lighting',
  'youth clubs',
  'the leisure centre',
  'planning appeals',
  'air quality',
  'the river path',
];
const BODIES = [
  'the council',
  'the county board',
  'the health trust',
  'the transport authority',
  'the audit office',
  'the residents association',
  'the chamber of commerce',
  'the housing trust',
  'the fire service',
];
const ACTORS = [
  'The mayor',
  'The finance director',
  'Councillor Patel',
  'Councillor Byrne',
  'The opposition leader',
  'The trust chair',
  'A spokesperson',
  'The auditor',
  'Residents',
  'The union',
];
const VERBS = ['supported', 'opposed', 'welcomed', 'criticised', 'questioned', 'backed'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FILLER = [
  'The report sets out the background to the decision and the options that were considered.',
  'Officers were asked to return with a fuller account of the costs before the next meeting.',
  'Several members noted that the figures had not been independently checked.',
  'The committee agreed to publish the underlying data alongside the minutes.',
  'A consultation ran for six weeks and drew responses from across the district.',
  'Further detail is given in the appendix, which lists each scheme by ward.',
];

function figureSentence(rng) {
  const millions = (rng.int(5, 990) / 10).toFixed(1);
  const figure = `£${millions}m`;
  const before = `${rng.pick(BODIES).replace(/^./, (c) => c.toUpperCase())} spent `;
  const after = ` on ${rng.pick(TOPICS)} in ${rng.int(2010, 2024)}.`;
  return {
    kind: 'figure',
    text: before + figure + after,
    part: [before.length, figure],
    value: Number(millions) * 1e6,
  };
}

function dateSentence(rng) {
  const year = rng.int(2010, 2024);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const date = `${day} ${MONTHS[month - 1]} ${year}`;
  const before = 'On ';
  const after = `, ${rng.pick(BODIES)} announced a review of ${rng.pick(TOPICS)}.`;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { kind: 'date', text: before + date + after, part: [before.length, date], iso };
}

function stanceSentence(rng) {
  const actor = rng.pick(ACTORS);
  const verb = rng.pick(VERBS);
  const topic = rng.pick(TOPICS);
  return {
    kind: 'stance',
    text: `${actor} ${verb} the plans for ${topic}, saying the case had been made.`,
    actor,
    verb,
    topic,
  };
}

function plainSentence(rng) {
  return { kind: 'quote', text: rng.pick(FILLER) };
}

const MAKERS = [figureSentence, dateSentence, stanceSentence, plainSentence];

/**
 * A text of about `chars` characters. Returns `{ text, sentences }`, each sentence with `start`, `end`,
 * `kind` and, for figures and dates, `partStart`/`partEnd` of the figure or date inside the text.
 */
export function buildSourceText(rng, chars) {
  const pieces = [];
  const sentences = [];
  let length = 0;
  let inParagraph = 0;
  while (length < chars) {
    if (inParagraph > 0) {
      const gap = inParagraph >= 5 ? '\n\n' : ' ';
      pieces.push(gap);
      length += gap.length;
      if (gap !== ' ') inParagraph = 0;
    }
    const s = rng.pick(MAKERS)(rng);
    const start = length;
    pieces.push(s.text);
    length += s.text.length;
    inParagraph += 1;
    const sentence = { ...s, start, end: length };
    if (s.part) {
      sentence.partStart = start + s.part[0];
      sentence.partEnd = sentence.partStart + s.part[1].length;
    }
    delete sentence.part;
    sentences.push(sentence);
  }
  return { text: pieces.join(''), sentences };
}
