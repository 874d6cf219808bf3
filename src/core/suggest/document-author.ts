// Who wrote or speaks a document as a whole, read from its head: a statement, article or press release
// names its author near the top ("Home Secretary Theresa May gave a statement", "the White House
// announced", "was launched by the Home Office"), its title names a speaker ("Statement from President X",
// "X's speech at ..."), or it keeps naming the body it introduces with an acronym, or its first person
// says which body it is ("Everything we do in the Department for ...").

import { findCommittingBody, findSignedAuthor } from './signed-author';
import { cleanName, isName, NAME, TITLE } from './voice-names';

const AUTHOR_WINDOW = 1500;
/** A throne speech says what it is in its title or its first lines. */
const THRONE_WINDOW = 400;

// headlines capitalise every word ("President Biden Announces ..."), so each verb takes either case
const OPENING_VERB = `(?:${[
  'gave',
  'made',
  'delivered',
  'wrote',
  'released',
  'releases',
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
/** A title that names its speaker or writer: "Statement from President X on ...", "Written ministerial
 * statement by X MP about ...", "Statement by The Rt Hon X MP, Lord Chancellor", "X's speech at ...", "Summit
 * 2016: PM's closing remarks" (after a colon in the title line). */
const AUTHOR_TITLE = new RegExp(
  String.raw`(?:^|\n)(?:[\p{L} \u00a0-]{0,40}?\b(?:[Ss]tatement|[Ss]peech|[Rr]emarks|[Aa]rticle|[Aa]ddress|[Ll]etter)[ \u00a0]+(?:from|by)[ \u00a0]+(?:[Tt]he[ \u00a0]+)?(?:Rt\.?[ \u00a0]+Hon\.?[ \u00a0]+)?(${TITLE}*${NAME})|(?:[^\n:]{0,60}:[ \u00a0]+)?(${TITLE}*${NAME})[’']s[ \u00a0]+(?:(?:opening|closing|keynote|final|welcoming|introductory)[ \u00a0]+)?(?:speech|statement|article|remarks|address|letter|speaking[ \u00a0]+notes?)\b)`,
  'u',
);
/** A speech from the throne is the Government's programme, in the monarch's words: "Queen's Speech 2016",
 * "Her Majesty's most gracious speech". */
const THRONE_SPEECH =
  /^(?:(Queen|King)[’']s[ \u00a0]+Speech\b|(Her|His)[ \u00a0]+Majesty[’']s[ \u00a0]+most[ \u00a0]+gracious[ \u00a0]+speech\b)/mu;
/** A title line that names an official by role and then speaks: "CEA Chairman Ann Name Institute Event
 * Remarks", "Secretary Ann Name Testimony on ...": the two words after the role are the speaker. */
const ROLE_TITLE =
  /^[^\n]{0,60}?\b(?:Chairman|Chairwoman|Chair|Secretary|Director|Administrator|Commissioner|Ambassador|Governor|Minister)[ \u00a0]+(\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}[\p{Ll}’'-]+)\b[^\n]{0,80}\b(?:Remarks|Speech|Address|Testimony|Statement|Keynote)\b[^\n]*$/mu;
/** A title that names the speaker by office alone, then the occasion: "Home Secretary speech to the
 * Association of Police and Crime Commissioners". */
const OFFICE_SPEECH = new RegExp(
  String.raw`^(${TITLE}+${NAME})[ \u00a0]+(?:speech|statement|remarks|address|keynote)[ \u00a0]+(?:to|at|on|in)\b`,
  'u',
);
/** A statement titled with a long office and then its holder: "Statement from Deputy National Security
 * Advisor for International Economics and Deputy Director of the National Economic Council Daleep Singh
 * on Today's Sanctions Actions": the two words before "on" are the speaker. */
const OFFICE_THEN_HOLDER =
  /^(?:Statement|Remarks|Readout)[ \u00a0]+(?:from|by)[ \u00a0]+[^\n]{0,200}?\b(?:Advisor|Adviser|Director|Secretary|Administrator|Commissioner|Ambassador|Coordinator|Counsel)\b[^\n]*?[ \u00a0](\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}[\p{Ll}’'-]+)[ \u00a0]+on\b/u;
/** "Public Health England (PHE)": a body named in full with the acronym the text then goes on using. */
const INTRODUCED =
  /(\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+(?:of|for|and|the|\p{Lu}[\p{L}’'-]*)){1,6})[ \u00a0]+\((\p{Lu}{2,6})\)/gu;
/** "Everything we do in the Department for Work and Pensions", "we at the Harbour Trust": the text's own
 * first person placing itself in a body, which then speaks in it. */
const WE_IN_BODY = new RegExp(
  String.raw`\b[Ww]e[ \u00a0]+(?:(?:do|work)[ \u00a0]+)?(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?(${NAME})`,
  'u',
);
/** A word that makes a name a body's (not a place's: "we work in Leeds and Bradford"). */
const BODY_WORD =
  /\b(?:Department|Ministry|Office|Agency|Service|Trust|Council|Authority|Board|Commission|Committee|Government|Executive|Association|Institute|Federation|Union|Foundation|Society|Centre|Center|Bank)\b/u;
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

/** The document's author or speaker as a whole, if its head names one. */
export function findAuthor(text: string): string | undefined {
  const head = text.slice(0, AUTHOR_WINDOW);
  const throne = THRONE_SPEECH.exec(head.slice(0, THRONE_WINDOW));
  if (throne) return `${throne[1] === 'King' || throne[2] === 'His' ? 'His' : 'Her'} Majesty’s Government`;
  const role = ROLE_TITLE.exec(head) ?? OFFICE_THEN_HOLDER.exec(head);
  if (role && role.index === 0) return role[1] as string;
  const office = OFFICE_SPEECH.exec(head)?.[1];
  if (office && isName(office)) return `the ${cleanName(office)}`;
  const subject = AUTHOR_SUBJECT.exec(head);
  const agent = AUTHOR_AGENT.exec(head);
  const titled = AUTHOR_TITLE.exec(head);
  if (titled && titled[1] === undefined) titled[1] = titled[2] as string;
  const author = [subject, agent, titled]
    .filter((m): m is RegExpExecArray => m !== null && isName(m[1] as string))
    .sort((a, b) => a.index - b.index)[0];
  return author
    ? cleanName(author[1] as string)
    : (findSignedAuthor(text) ?? ownBody(text, head) ?? findCommittingBody(text) ?? bodyOfWe(head));
}

/** The body the text's first person says it belongs to, when that names one ("we do in the Department for
 * Work and Pensions"; not "we in this House", "we at the time", "we work in Leeds"). */
function bodyOfWe(head: string): string | undefined {
  const name = WE_IN_BODY.exec(head)?.[1];
  return name && isName(name) && BODY_WORD.test(name) ? cleanName(name) : undefined;
}
