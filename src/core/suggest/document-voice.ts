// Who is speaking where in a document: the voice that first-person sentences ("I want", "we will") and
// unattributed verdicts ("It is a plan grounded in evidence") belong to. A statement, article or press
// release names its author near the top ("Home Secretary Theresa May gave a statement", "the White House
// announced", "was launched by the Home Office"); a transcript names each speaker on their own line
// ("The Deputy First Minister (Kate Forbes):", "Sir George Young: I will ..."); a quoted passage is
// introduced by "Name, role, said:". Each of these opens a voice that lasts until the next one, except that
// after the paragraphs in quotation marks following a "said:" the author speaks again.

export type Voice = { from: number; actor: string };
import { appendAll } from '../lists/append-all';

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}’'.-]*|of|for|and|the|de|von|van)`;
const TITLE = String.raw`(?:(?:Prime|Home|Foreign|Deputy|First|Chief|Crime|Prevention|Secretary|Minister|Chancellor|President|Vice|Senator|Governor|Mayor|Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor|Prof|Sir|Lord|Lady|Baroness|Dame)[ \u00a0]+)`;
const NAME = String.raw`\p{Lu}[\p{L}’'.\u2060-]*(?:[ \u00a0-]+${NAME_WORD}){0,6}`;
// headlines capitalise every word ("President Biden Announces ..."), so each verb takes either case
const OPENING_VERB = `(?:${[
  'gave',
  'made',
  'delivered',
  'wrote',
  'released',
  'announced',
  'announces',
  'announce',
  'published',
  'publishes',
  'launched',
  'launches',
  'unveiled',
  'unveils',
  'issued',
  'issues',
]
  .map((verb) => `[${verb[0]}${(verb[0] as string).toUpperCase()}]${verb.slice(1)}`)
  .join('|')})`;

/** "Home Secretary Theresa May gave a statement", "the Biden-Harris Administration released ..." */
const AUTHOR_SUBJECT = new RegExp(
  String.raw`(?:^|[.:\n][ \u00a0]*|,[ \u00a0]+|\b(?:Today|today),?[ \u00a0]+)(?:the[ \u00a0]+|The[ \u00a0]+)?(?:[\p{Ll}-]+[ \u00a0]+){0,4}?(${TITLE}*${NAME})[ \u00a0]+(?:today[ \u00a0]+|has[ \u00a0]+|have[ \u00a0]+)?${OPENING_VERB}\b`,
  'u',
);
/** "... was launched by the Home Office today" */
const AUTHOR_AGENT = new RegExp(
  String.raw`\b(?:was|were|has[ \u00a0]+been)[ \u00a0]+(?:launched|published|announced|released|unveiled|issued)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?(${NAME})`,
  'u',
);
// Line patterns, tried only at the start of a line that opens with a capital (sticky), so they never scan
// the text for themselves.
/** A transcript's speaker line: "Sir George Young: I will ..." */
const TITLE_SPEAKER = new RegExp(String.raw`(${TITLE}${NAME}):[ \u00a0]+`, 'uy');
/** "The Deputy First Minister (Kate Forbes):" on its own line; read from a line that ends with "):" */
const PAREN_SPEAKER = /\((\p{Lu}[^()\n]{1,60})\):[ \u00a0]*$/u;
/** A petition names its petitioners at its head: "The Petition of residents of Scunthorpe," */
const PETITION = /The[ \u00a0]+Petition[ \u00a0]+of[ \u00a0]+([^,\n]{3,100}),/uy;
/** A reply's head line: "Observations from the Secretary of State for Energy and Climate Change:" */
const REPLY_LINE =
  /(?:Observations|Response|Reply|Answer|Statement)[ \u00a0]+(?:from|by)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[^:\n]{2,100}):[ \u00a0]*(?=\n|$)/uy;
/** A parliamentary site's speaker line: "Photo of Lord Greenhalgh Lord Greenhalgh Minister of State ..." */
const PHOTO_SPEAKER = /Photo[ \u00a0]+of[ \u00a0]+(\p{Lu}[^\n]{1,80}?)[ \u00a0]+\1\b/uy;
/** Holders written as descriptions ("residents of ...", "Secretary of State for ..."), kept whole. */
const DESCRIBED = new Set<RegExp>([PETITION, REPLY_LINE]);
/** "... said:" at the end of a line, found first (rare); then the name before it, read from the line. */
const QUOTE_VERB = /[ \u00a0](?:said|says|added|adds):[ \u00a0]*$/gm;
const QUOTE_INTRO = new RegExp(String.raw`(${NAME})(?:,[^\n]{0,120},)?$`, 'u');
const QUOTE_LINE = 240;
const QUOTE_MARK = /[“"‘']/u;

const AUTHOR_WINDOW = 1500;
const NOT_A_NAME = /^(?:Today|This|That|These|The|It|I|We|They|He|She|In|On|At|As|Summary|FACT SHEET)$/u;

/** "Public Health England (PHE)": a body named in full with the acronym the text then goes on using. */
const INTRODUCED =
  /(\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+(?:of|for|and|the|\p{Lu}[\p{L}’'-]*)){1,6})[ \u00a0]+\((\p{Lu}{2,6})\)/gu;
const MIN_ACRONYM_USES = 4;
const MAX_INTRODUCED = 3;

// a briefing or press release that names no author in the usual words is usually by the body it introduces
// first with an acronym and then keeps naming by it
function ownBody(text: string, head: string): string | undefined {
  let tried = 0;
  for (const m of head.matchAll(INTRODUCED)) {
    if (++tried > MAX_INTRODUCED) break;
    const uses = text.match(new RegExp(String.raw`\b${m[2] as string}\b`, 'g'))?.length ?? 0;
    if (uses >= MIN_ACRONYM_USES) return (m[1] as string).replace(/^The[ \u00a0]+/u, '');
  }
  return undefined;
}

/** The voices of a document, in text order; empty when no author or speaker is named. */
export function findVoices(text: string): Voice[] {
  const voices: Voice[] = [];
  const head = text.slice(0, AUTHOR_WINDOW);
  const subject = AUTHOR_SUBJECT.exec(head);
  const agent = AUTHOR_AGENT.exec(head);
  const author = [subject, agent]
    .filter((m): m is RegExpExecArray => m !== null && isName(m[1] as string))
    .sort((a, b) => a.index - b.index)[0];
  const writer = author ? cleanName(author[1] as string) : ownBody(text, head);
  if (writer) voices.push({ from: 0, actor: writer });
  const quoteEnds: number[] = [];
  QUOTE_VERB.lastIndex = 0;
  for (let m = QUOTE_VERB.exec(text); m; m = QUOTE_VERB.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const from = Math.max(lineStart, m.index - QUOTE_LINE);
    const intro = QUOTE_INTRO.exec(text.slice(from, m.index));
    if (!intro || !isName(intro[1] as string)) continue;
    voices.push({ from: from + intro.index, actor: cleanName(intro[1] as string) });
    const after = quotedParagraphsEnd(text, m.index + m[0].length);
    if (after !== undefined) quoteEnds.push(after);
  }
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    appendAll(voices, lineVoices(text, start, end));
    start = end + 1;
  }
  voices.sort((a, b) => a.from - b.from);
  // after the quoted paragraphs the document speaks in its own voice again
  const own = voices[0]?.from === 0 ? voices[0].actor : undefined;
  for (const end of quoteEnds) {
    if (own && !voices.some((v) => v.from === end)) voices.push({ from: end, actor: own });
  }
  return voices.sort((a, b) => a.from - b.from);
}

/** Where the paragraphs in quotation marks after a "said:" line end; undefined when none opens with a mark. */
function quotedParagraphsEnd(text: string, from: number): number | undefined {
  let at = from;
  let quoted = 0;
  for (;;) {
    const start = skipBlank(text, at);
    if (start >= text.length || !QUOTE_MARK.test(text[start] as string)) break;
    quoted++;
    const newline = text.indexOf('\n', start);
    at = newline < 0 ? text.length : newline;
  }
  return quoted > 0 && at < text.length ? skipBlank(text, at) : undefined;
}

function skipBlank(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

/** The voice a line opens, if it is a speaker, petition or reply line. */
function lineVoices(text: string, start: number, end: number): Voice[] {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return [];
  let last = end - 1;
  while (last > start && /[ \u00a0\r]/.test(text[last] as string)) last--;
  if (text[last] === ':' && text[last - 1] === ')') {
    const paren = PAREN_SPEAKER.exec(text.slice(start, end));
    if (paren && isName(paren[1] as string)) return [{ from: start, actor: cleanName(paren[1] as string) }];
  }
  for (const pattern of [TITLE_SPEAKER, PHOTO_SPEAKER, PETITION, REPLY_LINE]) {
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m || m.index + m[0].length > end) continue;
    const name = m[1] as string;
    if (DESCRIBED.has(pattern)) return [{ from: start, actor: name.trim() }];
    if (isName(name)) return [{ from: start, actor: cleanName(name) }];
  }
  return [];
}

/** The voice speaking at `offset`, if any (voices are in text order). */
export function voiceAt(voices: readonly Voice[], offset: number): string | undefined {
  let low = 0;
  let high = voices.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((voices[mid] as Voice).from <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? (voices[low - 1] as Voice).actor : undefined;
}

function isName(name: string): boolean {
  const first = name.split(/[ \u00a0]+/)[0] as string;
  return !NOT_A_NAME.test(first) && !NOT_A_NAME.test(name);
}

// a role or title before a name stays out of the actor: "Justice Secretary Ann Smith" -> "Ann Smith"
const ROLE =
  /^(?:Secretary|Minister|Chancellor|President|Governor|Mayor|Senator|Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor|Prof|Sir|Lord|Lady|Baroness|Dame)$/u;

function cleanName(name: string): string {
  const words = name
    .trim()
    .replace(/[,.]$/, '')
    .split(/[ \u00a0]+/);
  let start = 0;
  words.forEach((word, i) => {
    if (ROLE.test(word) && i < words.length - 1) start = i + 1;
  });
  return words.slice(start).join(' ');
}
