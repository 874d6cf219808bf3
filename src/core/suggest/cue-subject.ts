// The holder named right before a stance cue, whatever its verb: "Nineteen federal agencies commit to
// ...", "electricity network companies are willing to ...", "This scheme already has the backing of the
// Metropolitan Police" (the agent after "backing of" / "welcomed by"). Reporting verbs are handled by
// actors.ts; this covers the verb classes of evaluation-cues.ts, whose subjects that parser never sees.

const S = String.raw`[ \u00a0]+`;
const NAME_RUN = String.raw`(?:the${S})?\p{Lu}[\p{L}\p{N}’'&.\u2060-]*(?:${S}(?:of|for|and|the|on|in|\p{Lu}[\p{L}\p{N}’'&.\u2060-]*))*`;

/** "welcomed by the Royal College of Nursing", "the backing of the Metropolitan Police": the agent. */
const AGENT = new RegExp(
  String.raw`\b(?:(?:welcomed|supported|backed|endorsed|praised|championed|opposed|criticised|criticized|rejected|condemned|proposed|shared|echoed|repeated|favoured|favored)(?:${S}\w+ly)?${S}by|the${S}(?:backing|support)${S}of)${S}(${NAME_RUN})`,
  'u',
);

/** Auxiliaries and adverbs between a subject and its verb: "has also", "are now", "repeatedly". */
const BETWEEN = new RegExp(
  String.raw`(?:${S}(?:has|have|had|is|are|was|were|will|would|can|could|also|now|still|already|further|therefore|formally|strongly|repeatedly|today|\w+ly))*${S}?$`,
  'u',
);

/** Bodies named by a plural noun ("federal agencies", "network companies"). */
const BODY_NOUN_LIST =
  'agencies|councils|unions|charities|companies|firms|groups|organisations|organizations|providers|officials|officers|landlords|employers|campaigners|ministers|MPs|experts|leaders|governments|authorities|trusts|businesses|insurers|banks|suppliers|schools|universities|hospitals|doctors|nurses|teachers|parents|residents|petitioners'.split(
    '|',
  );
const BODIES = `(?:${BODY_NOUN_LIST.join('|')})`;
/** The same nouns, for a quick look-up of a phrase's last word. */
const BODY_NOUNS = new Set(BODY_NOUN_LIST.map((noun) => noun.toLowerCase()));
const BODY_PHRASE = new RegExp(
  String.raw`(?:^|[,;:(]${S}|\b(?:and|but|while|whilst)${S})((?:[\p{L}\p{N}’'-]+${S}){0,4}${BODIES})$|\bthe${S}((?:UK${S}|Scottish${S}|Welsh${S}|federal${S}|local${S})?(?:government|council|department|ministry|administration|regulator))$`,
  'iu',
);
const BODY_PHRASE_REACH = 120;
const WHOLE_BODY_PHRASE = new RegExp(String.raw`^(?:[\p{L}’'-]+${S}){0,3}${BODIES}$`, 'iu');

/** True when the words are a plural of bodies ("teaching unions", "health leaders"). */
export function isBodiesPhrase(words: string): boolean {
  const lastWord = words.slice(words.search(/\S+$/u)).toLowerCase();
  return (
    BODY_NOUNS.has(lastWord) &&
    WHOLE_BODY_PHRASE.test(words) &&
    !/^(?:the|these|those|some|many|other|and|but|or|while|whilst)\b/iu.test(words) &&
    // a clause, not a noun phrase: "Declares that the Petitioners"
    !/\b(?:that|which|who|the|a|an|of|to|for|by|with|in|on)[ \u00a0]/iu.test(words)
  );
}
/** A body's paper as the subject: "X's report", "X's 2021 response to the consultation". */
const OWNER_OF_PAPER = new RegExp(
  String.raw`(?:^|[^\p{L}])(${NAME_RUN})[’']s${S}(?:\d{4}${S})?(?:[\p{L}-]+${S}){0,2}?(?:report|paper|analysis|response|submission|manifesto|review|briefing|evidence|letter|statement|proposals?|plan)\b[^,;]{0,80}$`,
  'u',
);
const NAME_AT_END = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${NAME_RUN})$`, 'u');
const NOT_A_HOLDER =
  /^(?:the[ \u00a0]+)?(?:It|This|That|These|Those|There|Here|They|We|I|He|She|However|But|And|So|Today|People|Everyone|Everybody|Nobody|Many|Some|Others)$/iu;

/** The actor a clause names for its cue at `cueStart`: an agent after the cue, else the subject before it. */
export function holderOfCue(clause: string, cueStart: number): string | undefined {
  const agent = / by |backing of|support of/.test(clause) ? AGENT.exec(clause) : null;
  if (agent) return tidy(agent[1] as string);
  // a capitalised cue word is part of a name ("The Federal Strategic Plan to ..."), not a verb
  if (/\p{Lu}/u.test(clause[cueStart] ?? '')) return undefined;
  const before = clause.slice(0, cueStart).replace(BETWEEN, '');
  if (!before) return undefined;
  // "The Fabian Society's 2021 report “Going with the grain” proposes": the report's owner holds the view
  const owner = OWNER_OF_PAPER.exec(before)?.[1];
  if (owner) return tidy(owner);
  const named = NAME_AT_END.exec(before)?.[1];
  if (named && !NOT_A_HOLDER.test(named) && before.length - named.length < 60) return tidy(named);
  // the phrase is a few words long, so only the end of a long clause is read
  // "one reform the government is reportedly considering": a body named by its office
  const bodies = BODY_PHRASE.exec(before.slice(-BODY_PHRASE_REACH));
  const phrase = bodies?.[1] ?? bodies?.[2];
  return phrase ? tidy(phrase) : undefined;
}

function tidy(name: string): string | undefined {
  const trimmed = name
    .replace(/^(?:and|but|while|whilst|so|thus|then)[ \u00a0]+/iu, '')
    .replace(/^the[ \u00a0]+/iu, '')
    .replace(/[’']s$/u, '')
    .replace(/[.,;:’']+$/u, '')
    .replace(/[ \u00a0]+(?:and|of|for|the|on|in)$/u, '');
  return NOT_A_HOLDER.test(trimmed) || trimmed.length < 2 ? undefined : trimmed;
}
