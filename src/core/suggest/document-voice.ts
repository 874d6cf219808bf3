// Who is speaking where in a document: the voice that first-person sentences ("I want", "we will") and
// unattributed verdicts ("It is a plan grounded in evidence") belong to. A statement, article or press
// release names its author near the top ("Home Secretary Theresa May gave a statement", "the White House
// announced", "was launched by the Home Office"); a transcript names each speaker on their own line
// ("The Deputy First Minister (Kate Forbes):", "Sir George Young: I will ..."); a quoted passage is
// introduced by "Name, role, said:". Each of these opens a voice that lasts until the next one, except that
// after the paragraphs in quotation marks following a "said:" the author speaks again. A turn whose speaker
// the record does not name (a reporter's "Q") has the empty actor: no one holds what is said there.

export type Voice = { from: number; actor: string };
import { appendAll } from '../lists/append-all';
import { findAuthor } from './document-author';
import { findLabelTurns, titleCase } from './label-turns';
import { findPaperVoices } from './paper-voices';
import { isHolder } from './holder-shape';
import { findTranscriptTurns, HEADING_WORD } from './transcript-turns';
import { cleanName, isName, lastWord, NAME, TITLE } from './voice-names';

// Line patterns, tried only at the start of a line that opens with a capital (sticky), so they never scan
// the text for themselves.
/** A transcript's speaker line: "Sir George Young: I will ..." */
const TITLE_SPEAKER = new RegExp(String.raw`(${TITLE}${NAME}):[ \u00a0]+`, 'uy');
/** "The Deputy First Minister (Kate Forbes):" on its own line; read from a line that ends with "):" */
const PAREN_SPEAKER = /\((\p{Lu}[^()\n]{1,60})\):[ \u00a0]*$/u;
/** A party after a member's name: "(Lab)", "(Con)", "(LD)", "(SNP)", "(Lab/Co-op)". */
const PARTY =
  /^(?:Con|Lab|LD|Lib[ \u00a0]?Dem|SNP|DUP|PC|Green|Reform|Ind|Alliance|SDLP|UUP|SF|Lab\/Co-op|Co-op|Conservative|Labour|Liberal[ \u00a0]+Democrat|Plaid[ \u00a0]+Cymru|Independent|R|D|I)$/u;
/** A seat in brackets after a member's name: "Ann Name (Leeds West)". */
const SEAT = /[ \u00a0]*\([^()\n]{1,60}\)[ \u00a0]*$/u;
/** The same with the turn's words on the line: "The Minister of State (Mr. A Name): I beg to move ...",
 * "Ann Name (Mid Scotland and Fife) (Lab): I thank ..." (a seat before the party). */
const PAREN_TURN =
  /([^()\n:.?!]{2,140})(?:\([^()\n]{1,60}\)[ \u00a0]*)?\((\p{Lu}[^()\n]{1,60})\):[ \u00a0]+\S/uy;
/** A person named before an office in brackets: "Ann Name (Auditor General for Scotland):" */
const PERSON_BEFORE_OFFICE = /^(?!The\b)\p{Lu}[\p{L}’'.-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'.-]+){1,3}$/u;
/** A chair's turn on its own line, named by office only: "The Convener:", "The Presiding Officer:" */
const OFFICE_TURN =
  /(The[ \u00a0]+\p{Lu}[\p{L}-]+(?:[ \u00a0]+\p{Lu}[\p{L}-]+){0,2}):[ \u00a0]*(?=\r?\n|$)/uy;
/** The same with the turn's words on the line ("The Tánaiste: I thank the Deputy."), taken as a turn where
 * the text opens two lines or more with it, or it names an office: a single "The Answer: yes" is a
 * heading's shape. */
const OFFICE_TURN_INLINE =
  /^(The[ \u00a0]+\p{Lu}[\p{L}-]+(?:[ \u00a0]+(?:of[ \u00a0]+State|\p{Lu}[\p{L}-]+)){0,2}):[ \u00a0]+(?=\S)/gmu;
const MIN_OFFICE_TURNS = 2;
/** An office that speaks in a chamber: its label is a turn even where it opens one line only ("The
 * Taoiseach: Last Thursday, ..."). */
const OFFICE_LABEL =
  /^The[ \u00a0]+(?:Taoiseach|Tánaiste|Minister|Prime[ \u00a0]+Minister|Secretary|Speaker|Deputy[ \u00a0]+Speaker|Chair|Chairman|Chairwoman|Convener|President|Presiding[ \u00a0]+Officer|Ceann[ \u00a0]+Comhairle|Leas-Cheann[ \u00a0]+Comhairle|Cathaoirleach|Attorney[ \u00a0]+General)\b/u;
/** The Record's extension of remarks names its member on a line of its own: "HON. JOHN CONYERS, JR." */
const HONOURABLE_LINE =
  /HON\.[ \u00a0]+(\p{Lu}[\p{Lu}.’' -]*\p{Lu})(?:,[ \u00a0]+(?:JR|SR|II|III)\.?)?[ \u00a0]*(?=\r?\n|$)/uy;
/** A petition names its petitioners at its head: "The Petition of residents of Scunthorpe," */
const PETITION = /The[ \u00a0]+Petition[ \u00a0]+of[ \u00a0]+([^,\n]{3,100}),/uy;
/** A reply's head line: "Observations from the Secretary of State for Energy and Climate Change:" */
const REPLY_LINE =
  /(?:Observations|Response|Reply|Answer|Statement)[ \u00a0]+(?:from|by)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[^:\n]{2,100}):[ \u00a0]*(?=\n|$)/uy;
/** A statement made for another: "My right hon. Friend the First Secretary of State, Lord Mandelson, has made
 * the following statement:" — what follows is the named member's, not the one who reads it out. */
const FOLLOWING_STATEMENT = new RegExp(
  String.raw`,[ \u00a0]+(${TITLE}*${NAME}),?[ \u00a0]+(?:has[ \u00a0]+|have[ \u00a0]+)?(?:made|issued|given|laid)[ \u00a0]+the[ \u00a0]+following[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}statement[ \u00a0]*:[ \u00a0]*$`,
  'u',
);
/** A parliamentary site's speaker line: "Photo of Lord Greenhalgh Lord Greenhalgh Minister of State ..." */
const PHOTO_SPEAKER = /Photo[ \u00a0]+of[ \u00a0]+(\p{Lu}[^\n]{1,80}?)[ \u00a0]+\1\b/uy;
/** Holders written as descriptions ("residents of ...", "Secretary of State for ..."), kept whole. */
const DESCRIBED = new Set<RegExp>([PETITION, REPLY_LINE]);
/** "... said:" at the end of a line, found first (rare); then the name before it, read from the line. */
const QUOTE_VERB = /[ \u00a0](?:said|says|added|adds):[ \u00a0]*$/gm;
const QUOTE_INTRO = new RegExp(String.raw`(${NAME})(?:,[^\n]{0,120},)?$`, 'u');
const QUOTE_LINE = 240;
const QUOTE_MARK = /[“"‘']/u;
/** How far into a speaker label an abbreviation's full stop may have cut it into two sentences. */
const LABEL_CUT = 60;
const QA_MARK = /^[QA](?:[ \u00a0]{2,}|[.:][ \u00a0]+)(?=\S)/u;

/** The voices of a document, in text order; empty when no author or speaker is named. */
export function findVoices(text: string): Voice[] {
  const voices: Voice[] = [];
  const writer = findAuthor(text);
  if (writer) voices.push({ from: 0, actor: writer });
  // a paper's signed foreword, and the author it speaks for after it
  for (const voice of findPaperVoices(text)) {
    if (!voices.some((v) => v.from === voice.from)) voices.push(voice);
  }
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
  const inline = repeatedOffices(text);
  for (const [at, label] of namedTurns(text)) if (!inline.has(at)) inline.set(at, label);
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const opened = lineVoices(text, start, end, inline);
    appendAll(voices, opened);
    const bare = opened.length > 0 ? undefined : bareNameLine(text, start, end);
    // "Ann Name:" alone on a line is a turn only once the speaker was introduced ("Ann Name (Auditor
    // General):"); a heading such as "Key Findings:" never was
    if (bare && voices.some((v) => lastWord(v.actor) === lastWord(bare)))
      voices.push({ from: start, actor: bare });
    start = end + 1;
  }
  // a transcript's turns, whether or not their speakers were introduced
  for (const turn of findTranscriptTurns(text)) {
    if (!voices.some((v) => v.from === turn.from)) voices.push(turn);
  }
  // a briefing's labelled speakers, a round-up's quoted reactions (each lasting one paragraph)
  for (const turn of findLabelTurns(text, writer)) {
    if (!voices.some((v) => v.from === turn.from)) voices.push({ from: turn.from, actor: turn.actor });
    if (turn.end !== undefined) quoteEnds.push(turn.end);
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

/** A member's turn on the line it opens ("Jeffrey M Donaldson: I hope that the Assembly will ..."): a
 * person's name and a colon, taken as turns only where the text opens two such lines or more, so a title
 * ("Public Expenditure 2009-2010: September Monitoring") or a lone "Another source said:" is not one. */
const NAMED_TURN =
  /^(\p{Lu}[\p{Ll}’'-]+(?:[ \u00a0](?:\p{Lu}\.?|\p{Lu}[\p{Ll}’'-]+|Mc\p{Lu}[\p{Ll}]+|Mac\p{Lu}[\p{Ll}]+)){1,3}):[ \u00a0]+(?=\S)/gmu;
const MIN_NAMED_TURNS = 2;

/** A label that reads as a person's name: a holder with no word a heading is made of ("Legal
 * Implications", "Risk Assessment", "Next Steps"). */
function isPersonLabel(label: string): boolean {
  const words = label.split(/[ \u00a0]+/u);
  return isHolder(label) && !words.some((w) => HEADING_WORD.test(w) || HEADING_NOUN.test(w));
}
const HEADING_NOUN =
  /^(?:Implications|Assessment|Considerations|Options|Context|Proposals?|Recommendation|Analysis|Evidence|Impact|Impacts|Approach|Position|Response|Review|Report|Statement|Plan|Policy|Strategy|Budget|Financial|Legal|Equality|Consultation|Monitoring|Expenditure|Support|Services?|Matters?)$/u;

/** The members' turns of a record that labels them by name alone, each with where it opens. */
function namedTurns(text: string): Map<number, string> {
  const found = [...text.matchAll(NAMED_TURN)].filter((m) => isPersonLabel(m[1] as string));
  const at = new Map<number, string>();
  if (found.length >= MIN_NAMED_TURNS) for (const m of found) at.set(m.index, m[1] as string);
  return at;
}

/** The office labels that open two lines or more ("The Tánaiste:"), each with where it opens them. */
function repeatedOffices(text: string): Map<number, string> {
  const byLabel = new Map<string, number[]>();
  for (const m of text.matchAll(OFFICE_TURN_INLINE)) {
    const label = m[1] as string;
    const starts = byLabel.get(label);
    if (starts) starts.push(m.index);
    else byLabel.set(label, [m.index]);
  }
  const at = new Map<number, string>();
  for (const [label, starts] of byLabel)
    if (starts.length >= MIN_OFFICE_TURNS || OFFICE_LABEL.test(label))
      for (const start of starts) at.set(start, label);
  return at;
}

/** The voice a line opens, if it is a speaker, petition or reply line; `inline`: the turns written on the
 * line they open (an office's, a member's by name), by where they open. */
function lineVoices(text: string, start: number, end: number, inline: Map<number, string>): Voice[] {
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return [];
  let last = end - 1;
  while (last > start && /[ \u00a0\r]/.test(text[last] as string)) last--;
  if (text[last] === ':' && text[last - 1] === ')') {
    const line = text.slice(start, end);
    const paren = PAREN_SPEAKER.exec(line);
    if (paren && isName(paren[1] as string)) {
      // "Ann Name (Leeds West) (Lab):": a party or a seat in brackets says who the member is, not their name
      const before = line.slice(0, paren.index).replace(SEAT, '').trim();
      const party = PARTY.test(paren[1] as string);
      const person =
        PERSON_BEFORE_OFFICE.test(before) || (party && PERSON_BEFORE_OFFICE.test(before))
          ? before
          : (paren[1] as string);
      if (party && person === paren[1]) return [];
      return [{ from: start, actor: cleanName(person) }];
    }
  }
  if (text[last] === ':') {
    const statement = FOLLOWING_STATEMENT.exec(text.slice(start, last + 1));
    if (statement && isName(statement[1] as string))
      return [{ from: start, actor: cleanName(statement[1] as string) }];
  }
  PAREN_TURN.lastIndex = start;
  const turn = PAREN_TURN.exec(text);
  if (turn && turn.index + turn[0].length <= end && isName(turn[2] as string)) {
    const before = (turn[1] as string).trim();
    const person = PERSON_BEFORE_OFFICE.test(before) ? before : (turn[2] as string);
    return [{ from: start, actor: cleanName(person) }];
  }
  OFFICE_TURN.lastIndex = start;
  const chair = OFFICE_TURN.exec(text);
  if (chair && chair.index + chair[0].length <= end) return [{ from: start, actor: chair[1] as string }];
  const inlineTurn = inline.get(start);
  if (inlineTurn) return [{ from: start, actor: inlineTurn }];
  HONOURABLE_LINE.lastIndex = start;
  const honourable = HONOURABLE_LINE.exec(text);
  if (honourable) return [{ from: start, actor: titleCase(honourable[1] as string) }];
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

const BARE_NAME_LINE = /(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+){1,2}):[ \u00a0]*(?=\r?\n|$)/uy;

/** A line that is only a name and a colon: "Ann Name:". */
function bareNameLine(text: string, start: number, end: number): string | undefined {
  BARE_NAME_LINE.lastIndex = start;
  const m = BARE_NAME_LINE.exec(text);
  return m && m.index + m[0].length <= end ? (m[1] as string) : undefined;
}

/** The voice speaking at `offset`, if any (voices are in text order). */
export function voiceAt(voices: readonly Voice[], offset: number): string | undefined {
  // an unnamed turn (a reporter's "Q") is the empty actor: no holder, and not the one named before it
  return voices[lastVoiceIndex(voices, offset)]?.actor;
}

/** The index of the last voice opened at or before `offset`; -1 when none. */
function lastVoiceIndex(voices: readonly Voice[], offset: number): number {
  let low = 0;
  let high = voices.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((voices[mid] as Voice).from <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Where the words of a turn start when a speaker label opens the sentence at `start` ("Mr. Name: I
 * welcome ...", "The Minister (Ann Name): ..."): just after the label; else `start`. */
export function afterTurnLabel(text: string, voices: readonly Voice[], start: number, end: number): number {
  const voice = voices[lastVoiceIndex(voices, start)];
  // a label cut by its abbreviations ("MS. NAME:", "Ann Gov. Name:") still opens the turn it labels
  const label = voice && start - voice.from <= LABEL_CUT ? text.slice(voice.from, start) : undefined;
  if (!voice || label === undefined || /[\n:]/u.test(label)) return start;
  // "Q    Why ...?", "A. We will ...": the mark of a question or answer is no part of what is said
  const mark = QA_MARK.exec(text.slice(start, end));
  if (mark && label === '') return start + mark[0].length;
  if (!voice.actor) return start;
  const colon = text.slice(start, Math.min(end, start + 200)).search(/:[ \u00a0]+\S/u);
  if (colon < 0) return start;
  // "SECRETARY NAME:" writes the speaker in capitals
  const written = (label + text.slice(start, start + colon)).toLowerCase();
  if (!written.includes(lastWord(voice.actor).toLowerCase())) return start;
  let at = start + colon + 1;
  while (at < end && /[ \u00a0]/u.test(text[at] as string)) at++;
  return at;
}
