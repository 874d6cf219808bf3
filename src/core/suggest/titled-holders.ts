// Holders written as an office ("the Vice President also sent a letter ...", "the Secretary of State cannot
// comment"): the reader knows who holds the office from an earlier mention ("Vice President Harris") or from
// the speaker line ("Secretary of State for Communities and Local Government"), so the office is resolved to
// that fuller name, the way a reader would write the actor.

const S = String.raw`[ \u00a0]+`;
const OFFICE = String.raw`(?:(?:Vice|Deputy)${S})?(?:President|Prime${S}Minister|First${S}Minister|Chancellor|Secretary${S}of${S}State|(?:Home|Foreign|Health|Education|Justice|Business|Housing|Energy)${S}Secretary|Minister|Governor|Mayor|Attorney${S}General)`;
/** The sentence's subject is an office: "The Vice President also sent ...", "In addition, the Minister ...". */
const OFFICE_SUBJECT = new RegExp(
  String.raw`^(?:[^,“”"]{0,80},${S})?[Tt]he${S}(${OFFICE})(?=${S}(?:also${S}|has${S}|have${S}|will${S})?\p{Ll})`,
  'u',
);
const WHOLE_OFFICE = new RegExp(String.raw`^(?:the${S})?(${OFFICE})$`, 'iu');
/** How far back an earlier "Office Name" mention is looked for. */
const LOOK_BACK = 6000;

/** The office a sentence opens with as its subject ("Vice President"), if it does. */
export function officeSubject(sentence: string): string | undefined {
  return OFFICE_SUBJECT.exec(sentence)?.[1];
}

/**
 * The fuller name of an office-only holder: an earlier holder that contains it ("Secretary of State for
 * ..."), else the last "Office Name" written before `at` ("Vice President Harris"); undefined when the
 * holder is not an office alone or no fuller name is known.
 */
export function fullerOfficeName(
  holder: string,
  known: readonly (string | undefined)[],
  text: string,
  at: number,
): string | undefined {
  const office = WHOLE_OFFICE.exec(holder.trim())?.[1];
  if (!office) return undefined;
  const lower = office.toLowerCase();
  for (let i = known.length - 1; i >= 0; i--) {
    const name = known[i];
    if (name && name.length > office.length && name.toLowerCase().includes(lower)) return name;
  }
  const mention = new RegExp(
    String.raw`\b${office.replace(/[ \u00a0]+/g, S)}${S}(\p{Lu}[\p{L}’'-]+(?:${S}\p{Lu}[\p{L}’'-]+){0,2})(?=[,.;:)]|${S}\p{Ll}|${S}?$)`,
    'gu',
  );
  let last: string | undefined;
  for (const m of text.slice(Math.max(0, at - LOOK_BACK), at).matchAll(mention)) last = m[0];
  return last;
}
