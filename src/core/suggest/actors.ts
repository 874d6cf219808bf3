// Works out who holds a view. The holder is the named subject of the reporting verb ("Barnardo’s also
// warns", "Almudena Lara, deputy director of ..., said"), the person named after a closing quote, or, for
// pronouns ("it", "the charity", "she") and quoted speech, the actor last named before: by a subject or
// by a heading line (consultation round-ups put each respondent's name on its own line).

import { isBodiesPhrase } from './cue-subject';

// each verb in its -s, -ed and base forms (plural subjects: "The unions call for ...")
const REPORTING = String.raw`(?:(?:say|state|argue|warn|welcome|suggest|believe|call|want|stress|request|add|claim|propose|recommend|insist|note|urge|support|oppose|reject|back|continue|raise|highlight|think|conclude|confirm|object|criticise|accept|agree|fear|dismiss|express|applaud|hail|praise|question|caution|demand|condemn|describe)(?:s|es|d|ed)?|said|thought|pointed|is|are|does|do|was|were|has|have|go|goes|makes)`;
const SUBJECT = new RegExp(
  String.raw`^[“"‘']?(?:\d+(?:\.\d+)*\.?[ \u00a0]+|\([a-z0-9]{1,3}\)[ \u00a0]+)?(?:(?:However|Instead|Meanwhile|Also|In particular|In light of this|On the contrary|Moreover|Further|Finally),?[ \u00a0]+)?([^“”"]{1,160}?)[ \u00a0]+(?:also[ \u00a0]+|further[ \u00a0]+|therefore[ \u00a0]+|now[ \u00a0]+|still[ \u00a0]+|has[ \u00a0]+|have[ \u00a0]+|had[ \u00a0]+)*${REPORTING}\b`,
  'u',
);
const PRONOUN =
  /^(?:the petitioners?|(?:it|they|he|she|we|i|you)(?:[’'](?:d|s|re|ll|ve|m))?|there|here|(?:my|the)[ \u00a0]+(?:right[ \u00a0]+)?(?:hon\.?|honourable|noble|gallant)(?:[ \u00a0]+and[ \u00a0]+(?:learned|gallant))?[ \u00a0]+(?:friends?|gentleman|lady|member|lord|baroness)|this|that|these|those|its response|the (?:organisation|charity|union|response|department|group|council|body|association|board|committee|government|body|bureau|college|network|trust|federation|society|report))$/i;
// '…” Ann Name, chair of …', '…,” said Ann Name, …', '…,” Ann Name said.'
const QUOTE_SPEAKER =
  /[”"][ \u00a0]+(?:(?:said|says|added|adds|warned|explained|commented|argued|insisted)[ \u00a0]+)?((?:(?:Cllr|Dr|Mr|Mrs|Ms|Prof|Sir|Lord|Lady|Baroness)\.?[ \u00a0]+)?\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+){1,3})(?:,|[ \u00a0]+(?:said|says|added|adds)\b)/u;
/** "According to the Canal Trust, …": the body the view is reported from. */
const ACCORDING = /^[“"‘']?According[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?([^,“”"]{2,80}),[ \u00a0]+/u;
const MAX_SUBJECT_WORDS = 18;
const ASKED = /^[ \u00a0]+being[ \u00a0]+(?:urged|asked|encouraged|told|invited|called[ \u00a0]+on)\b/u;
const AUXILIARY = /[ \u00a0](?:is|are|was|were|has|have|does|do|go|goes|makes)$/u;
const SPEAKER_ASIDE =
  /^[“"‘']?As[ \u00a0]+(?:I|we)[ \u00a0]+(?:have[ \u00a0]+)?(?:said|noted|mentioned|stated)(?:[ \u00a0]+(?:previously|before|earlier))?,[ \u00a0]+/u;
/** A speech's address to the chair ("Mr. Speaker, ...", "Madam President, ...") names who is spoken to. */
const VOCATIVE =
  /^[“"‘']?(?:Mr\.?|Madam|Madame)[ \u00a0]+(?:Deputy[ \u00a0]+)?(?:President|Speaker|Chairman|Chair|Presiding[ \u00a0]+Officer),[ \u00a0]+/u;
/** A question put to someone else ("Does my hon. Friend agree", "Will the Minister accept"). */
const ASKING = /^(?:does|do|did|will|would|can|could|is|are)[ \u00a0]+\S/iu;
const SELF_NAMING = /^(?:government|department|administration|council|committee)$/;
const CONNECTOR = /^(?:of|for|and|the|&|de|von|van|on|in)$/;

/** The actor named as subject of the clause's reporting verb; `pronoun` when it refers back. */
export type Subject = {
  actor: string;
  pronoun: boolean;
  /** Found by "is", "has", "does" rather than a reporting verb: the subject of a verdict is what is judged. */
  auxiliary?: boolean;
  /** Where the verb that found the subject ends, in the clause read. */
  end?: number;
};

export function subjectOf(clause: string): Subject | undefined {
  // "As I said previously, Scottish Government officials encourage ...": the aside is not the subject
  const bare = clause.replace(VOCATIVE, '').replace(SPEAKER_ASIDE, '');
  const according = ACCORDING.exec(bare)?.[1];
  if (according && isNameLike(according)) return { actor: according, pronoun: false, end: 0 };
  const m = SUBJECT.exec(bare);
  if (!m) return undefined;
  // "People are being urged to ...": who is asked, not who asks
  if (ASKED.test(bare.slice(m[0].length))) return undefined;
  const found = readSubject(m[1] as string);
  if (!found) return undefined;
  const end = m.index + m[0].length + (clause.length - bare.length);
  return AUXILIARY.test(m[0]) ? { ...found, auxiliary: true, end } : { ...found, end };
}

function readSubject(written: string): Subject | undefined {
  // a relative clause inside the subject ("X, which represents ..., says") is not part of the name; a
  // reported clause's subject is after "that" ("Declares that the Petitioners support ...")
  const subject = written
    .replace(/,[ \u00a0]+(?:which|who|whose)\b[^,]*,?/gu, '')
    .replace(/^.*\bthat[ \u00a0]+(?=\S)/u, '')
    // "Technical support: The federal government will ...": a run-in heading is not the subject; nor is
    // a date before it ("On 2 December the Government confirmed")
    .replace(RUN_IN_HEADING, '')
    .replace(OPENING_DATE, '')
    .trim();
  if (subject.split(/[ \u00a0]+/).length > MAX_SUBJECT_WORDS) return undefined;
  // "Does my hon. Friend agree that ...?", "Will the Minister accept that ...?": the one who asks holds the view
  if (ASKING.test(subject)) return { actor: 'I', pronoun: true };
  if (PRONOUN.test(subject)) return { actor: subject, pronoun: true };
  const parts = subject.split(/,[ \u00a0]*/);
  const last = (parts[parts.length - 1] as string).trim();
  // "Among the strongest bids, she said" and "As Chair I was invited": the subject is the pronoun
  if (PRONOUN.test(last)) return { actor: last, pronoun: true };
  const speaking = /[ \u00a0](I|we)$/u.exec(subject);
  if (speaking) return { actor: speaking[1] as string, pronoun: true };
  // "Head teachers say", "Schools need £1bn, unions warn": a plural of bodies opening the sentence, or after it
  if (isBodiesPhrase(last) && (parts.length > 1 || /^\p{Lu}/u.test(last)))
    return { actor: last, pronoun: false };
  const name = nameIn(parts);
  return name ? { actor: name, pronoun: false } : undefined;
}

export function speakerAfterQuote(sentence: string): string | undefined {
  return QUOTE_SPEAKER.exec(sentence)?.[1];
}

/** Resolves "it", "she", "the department" to an actor named before: the latest one whose name contains
 * the noun ("the department" -> "Department for Education"), else the latest one. */
export function resolveReference(reference: string, recent: readonly string[]): string | undefined {
  const noun = /^the[ \u00a0]+(\p{L}+)$/iu.exec(reference)?.[1]?.toLowerCase();
  if (noun) {
    for (let i = recent.length - 1; i >= 0; i--) {
      if ((recent[i] as string).toLowerCase().includes(noun)) return recent[i];
    }
    // "The Government believe ...", with no government named before: the body is the one written
    if (SELF_NAMING.test(noun)) return reference.replace(/^the[ \u00a0]+/iu, '');
  }
  return recent[recent.length - 1];
}

/** A line on its own, short, in title case and without closing punctuation names a section. */
export function headingName(line: string): string | undefined {
  // "Month: April 2018" and other dated labels are page furniture, not names
  if (line.length > 70 || /[.?!:;,]$|:|\b(?:1[89]|20)\d\d\b/.test(line) || !/^[\p{Lu}\p{N}]/u.test(line))
    return undefined;
  const words = line.split(/[ \u00a0]+/);
  if (words.length > 7) return undefined;
  const titled = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTOR.test(w));
  // a section title ("Progress Removing Lead Service Lines", "Conclusion") is not a respondent's name
  if (words.length === 1 && NOT_AN_ACTOR.test(line)) return undefined;
  if (words.length >= 4 && !words.some((w) => BODY_WORD.test(w))) return undefined;
  return titled.length === words.length ? line : undefined;
}

// "Umbrella organisation Children England, which represents ..." -> "Children England";
// "Almudena Lara, deputy director of ..." -> "Almudena Lara"
function nameIn(parts: string[]): string | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    // "..., the Local Government Association said": a trailing attribution names the body after "the"
    const part = (parts[i] as string).trim().replace(/^the[ \u00a0]+(?=\p{Lu})/u, '');
    // "So the Government have asked": a connective opens the sentence, not the name
    if (part && isNameLike(part))
      return part.replace(/^(?:(?:So|Thus|Then|And|Now)[ \u00a0]+)?the[ \u00a0]+/iu, '');
  }
  // "Last month, Labour Party leader Sir Tom Ash confirmed": the name ends the last part, after its title
  const lastPart = parts.length > 1 ? lastCapitalisedRun(parts[parts.length - 1] as string) : undefined;
  return lastPart ?? lastCapitalisedRun(parts[0] as string);
}

const OPENING_PREPOSITION =
  /^(?:As|In|On|At|For|During|After|Before|With|From|Among|Amongst|Following|Also|Meanwhile|Under|Since)$/;

const HOLDER_NOUN =
  /^(?:(?:\p{Ll}+[ \u00a0]+)?(?:officials?|spokes(?:wo)?m[ae]n|spokesperson|members?|leaders?|chiefs?|chair(?:man|woman)?|ministers?|officers?|staff|bosses|representatives?|sources?|figures|researchers|economists|analysts|people|public|voters|citizens|taxpayers|families|workers|residents|parents|patients|consumers|employers|businesses))$/u;

// a long heading names a body only when it has a word bodies are named with
const BODY_WORD =
  /^(?:Association|Council|Society|Trust|Group|Union|Federation|Services?|Board|Committee|Office|Department|Government|Institute|College|Foundation|Network|Alliance|Partnership|Authority|Authorities|Agency|Commission|Forum|Party|League|Fund|Centre|Center|Confederation|Coalition|Campaign|Children|Families|People|England|Scotland|Wales|Ireland|UK|Ltd|Limited|Inc|Directors|Providers|Workers|Carers)$/u;

// sentence adverbs, ordinals and adjectives of nationality open sentences with a capital but name no one
const NOT_AN_ACTOR =
  /^(?:Mr[ \u00a0]+Speaker|Madam[ \u00a0]+Speaker|Presiding[ \u00a0]+Officer|First|Second|Third|Fourth|Finally|Lastly|Currently|Today|Yesterday|Now|Here|There|Together|Overall|Indeed|Surely|Similarly|Therefore|Thus|Hence|Accordingly|Consequently|Nonetheless|Nevertheless|The|A|An|To|Of|With|Is|Are|Was|Were|Do|Does|Conclusion|Resolved|Summary|Evidence|Because|And|But|So|Yet|If|When|Whilst|While|Although|British|English|Scottish|Welsh|American|European|\p{Lu}[\p{Ll}]+ly)$/u;

const RUN_IN_HEADING = /^[^:]{1,60}:[ \u00a0]+/u;
const OPENING_DATE =
  /^(?:On|In|By|Since|From|Until)[ \u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \u00a0]+\d{1,2})(?:,?[ \u00a0]+\d{4})?,?[ \u00a0]+/u;
const NATIONALITY = /^(?:British|English|Scottish|Welsh|Irish|American|European)$/u;

const ACRONYM_IN_BRACKETS = /^\(\p{Lu}[\p{Lu}\p{N}&]*\)$/u;

function isNameLike(part: string): boolean {
  const words = part.split(/[ \u00a0]+/);
  if (words.length > 8 || OPENING_PREPOSITION.test(words[0] as string) || !/\p{L}/u.test(part)) return false;
  if (NOT_AN_ACTOR.test(part)) return false;
  return words.every(
    (w, i) =>
      /^[\p{Lu}\p{N}]/u.test(w) ||
      // "the Local Government Association (LGA)": the acronym in brackets is part of the name
      (i > 0 && ACRONYM_IN_BRACKETS.test(w)) ||
      (i > 0 && i < words.length - 1 && CONNECTOR.test(w)),
  );
}

function lastCapitalisedRun(part: string): string | undefined {
  const words = part.trim().split(/[ \u00a0]+/);
  let end = -1;
  for (let i = words.length - 1; i > 0; i--) {
    if (/^[\p{Lu}\p{N}]/u.test(words[i] as string) && /\p{L}/u.test(words[i] as string)) {
      end = i;
      break;
    }
  }
  // "The American people have rejected": a nationality before the people it names is the holder, whole
  const rest = words.slice(end + 1).join(' ');
  if (end > 0 && NATIONALITY.test(words[end] as string) && HOLDER_NOUN.test(rest))
    return `${words[end] as string} ${rest}`;
  // "If we replicated Canada’s deal, companies would": a possessive qualifies a noun, it is not the subject
  if (end < 0 || NOT_AN_ACTOR.test(words[end] as string) || /[’']s$/u.test(words[end] as string))
    return undefined;
  // "The Child Care Stabilization program has been": a name that qualifies a thing is not the holder,
  // unless what follows is the people speaking for it ("Unison members", "Treasury officials")
  if (end < words.length - 1 && !HOLDER_NOUN.test(words.slice(end + 1).join(' '))) return undefined;
  let start = end;
  while (
    start > 1 &&
    (/^[\p{Lu}\p{N}]/u.test(words[start - 1] as string) || CONNECTOR.test(words[start - 1] as string))
  ) {
    start--;
  }
  while (start < end && CONNECTOR.test(words[start] as string)) start++;
  return words.slice(start, end + 1).join(' ');
}
