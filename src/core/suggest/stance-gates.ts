import { ACCLAIM_WORDS, DISPARAGE_WORDS } from './acclaim-cues';
import { CONDEMN_WORDS, INTEND_WORDS, PRAISE_WORDS } from './evaluation-cues';
import { MERIT_WORDS } from './merit-cues';
import { GRATITUDE_WORDS } from './gratitude-cues';
import { JUDGEMENT_WORDS } from './judgement-words';
import {
  OPTION_WORDS,
  OWN_POSITION_WORDS,
  REFUSAL_WORDS,
  VERDICT_AGAINST_WORDS,
  VERDICT_FOR_WORDS,
} from './verdict-cues';

// Key words (lower case, often stems) without which a cue group in stance-cues.ts cannot match. One
// scan of a sentence finds them all and records, per position, a bit for every group they open; a clause
// then runs only the patterns of the groups whose words occur inside it. This keeps the many cue patterns
// off the many sentences that cannot match them. Each list must cover every alternative of its pattern.

const GROUP_WORDS = {
  reader: 'you|cookie|sign in|log in|subscri|recommended this|shared this|liked this',
  finding:
    'found|judged|evaluation|analysis|research|modelling|study|data|figures|statistics|evidence|findings|results|estimates|polled|surveyed',
  negation: "not|n’t|n't|none|no |few|nobody",
  neutral: 'come out|neither|takes no|take no|neutral|either way|take a|have a|express a|comment',
  unsure:
    'sure|certain|decided|yet to|considering|explor|question|to be seen|weighing|open mind|convinced|persuaded|unclear',
  mixed: 'initially|at first|first instance|to begin with|in principle|if |unless|reluctant|will only',
  benefit: 'enabl|allow|provid|deliver|improv|work|help',
  funding: 'fund|financ|money|resources|investment|budget|grant|£|$|€',
  profit: 'profit|shareholder',
  supportWords: 'support|back|welcom|favour|endorse|agree|want|need|convinced|persuaded',
  but: 'but|however|yet',
  oppose:
    'oppos|object|warn|slam|accus|brand|out at|lambast|denounc|concerned|worried|alarmed|dismayed|troubled|against|critici|reject|condemn|no |flawed|inadequate|insufficient|harm|risk|piecemeal|robbed|undermin|damaging|conceived|misguided|unworkable|unjustified|contrary|implications|too |plans to|intention to|scrap|advis|down on|voted|overturn|dismiss|disappoint|far enough|question|caution|gimmick|step',
  support:
    'welcom|favour|support|endorse|back|call|urge|recommend|propos|want|like|prefer|keen|eager|should|must|need|ought|has to|have to|it is |argue|advocat|believe|suggest|opportunit|strong|could|would|will|shall|fail|be used|prais|hail|applaud|step',
  rather: 'rather than',
  proposal: 'budget|bill|plan|proposal|legislation',
  intend: INTEND_WORDS,
  praise: PRAISE_WORDS,
  condemn: CONDEMN_WORDS,
  verdictAgainst: VERDICT_AGAINST_WORDS,
  verdictFor: VERDICT_FOR_WORDS,
  ownPosition: OWN_POSITION_WORDS,
  option: OPTION_WORDS,
  refusal: REFUSAL_WORDS,
  gratitude: GRATITUDE_WORDS,
  judgement: JUDGEMENT_WORDS,
  acclaim: ACCLAIM_WORDS,
  disparage: DISPARAGE_WORDS,
  merit: MERIT_WORDS,
  reporting:
    'says|said|states|stated|argues|argued|told|adds|added|claims|claimed|explains|explained|responded|writes|wrote',
};

export type Gate = keyof typeof GROUP_WORDS;

/** The groups in bit order: bit i of a gate mask is GATE_NAMES[i]. */
export const GATE_NAMES = Object.keys(GROUP_WORDS) as Gate[];

const GROUP_BITS = Object.fromEntries(Object.keys(GROUP_WORDS).map((g, i) => [g, 1 << i])) as Record<
  Gate,
  number
>;

// every stem's bits include those of the stems found inside it ("take no" also opens "no "). Each stem's
// substrings are looked up rather than every pair of stems compared: the pairs took a tenth of a second of
// the app's start, every time the page loaded.
const STEM_BITS = (() => {
  const own = new Map<string, number>();
  for (const [group, list] of Object.entries(GROUP_WORDS)) {
    for (const stem of list.split('|')) own.set(stem, (own.get(stem) ?? 0) | GROUP_BITS[group as Gate]);
  }
  const all = new Map<string, number>();
  for (const [stem, bits] of own) {
    let combined = bits;
    for (let from = 0; from < stem.length; from++)
      for (let to = from + 1; to <= stem.length; to++) combined |= own.get(stem.slice(from, to)) ?? 0;
    all.set(stem, combined);
  }
  return all;
})();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = [...STEM_BITS.keys()].sort((a, b) => b.length - a.length).map(escape);
// the cue patterns join words with [ \u00a0]+: with no-break spaces read as spaces, a run of one is the
// stem's own space; the rare sentence with a longer run is scanned with each space standing for a run
// (much slower: a regex of plain words is matched far faster than one of character classes)
const STEMS = new RegExp(byLength.join('|'), 'g');
const GAP = /[ \u00a0]+/g;
const SPACED_STEMS = new RegExp(byLength.map((stem) => stem.replace(/ /g, GAP.source)).join('|'), 'g');
const LONG_GAP = /[ \u00a0]{2}/;

/** Positions (relative to `sentence`) of gate words and the groups each opens. */
export type GateHits = { at: number[]; bits: number[] };

/** `lower`: the sentence lower-cased, when the caller has it (a slice of its whole text lower-cased). */
export function findGateHits(sentence: string, lower = sentence.toLowerCase()): GateHits {
  const hits: GateHits = { at: [], bits: [] };
  // matching lower-cased text without the `i` flag is much faster; offsets are kept only when lower-casing
  // left the length alone (it nearly always does), otherwise every group is opened
  if (lower.length !== sentence.length) return { at: [0], bits: [ALL_GATES] };
  const spaced = LONG_GAP.test(lower);
  const stems = spaced ? SPACED_STEMS : STEMS;
  const scanned = spaced || !lower.includes('\u00a0') ? lower : lower.replace(/\u00a0/g, ' ');
  stems.lastIndex = 0;
  for (let m = stems.exec(scanned); m; m = stems.exec(scanned)) {
    hits.at.push(m.index);
    const stem = m[0];
    hits.bits.push(STEM_BITS.get(spaced ? stem.replace(GAP, ' ') : stem) ?? 0);
    // stems overlap ("have a" and "asked" in "have asked"): the next may start at the last word of this one
    let space = stem.length - 1;
    while (space >= 0 && stem[space] !== ' ' && stem[space] !== '\u00a0') space--;
    if (space >= 0 && space < stem.length - 1) stems.lastIndex = m.index + space + 1;
  }
  return hits;
}

/** The groups whose words start inside [from, to) of the sentence. */
export function gatesWithin(hits: GateHits, from: number, to: number): number {
  let bits = 0;
  for (let i = 0; i < hits.at.length; i++) {
    const at = hits.at[i] as number;
    if (at >= from && at < to) bits |= hits.bits[i] as number;
  }
  return bits;
}

export function opens(bits: number, gate: Gate): boolean {
  return (bits & GROUP_BITS[gate]) !== 0;
}

/** Every group open: for callers that classify a lone clause without a sentence scan. */
export const ALL_GATES = (1 << Object.keys(GROUP_WORDS).length) - 1;
