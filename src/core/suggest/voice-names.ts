// How a document writes the people and bodies who speak in it: titles before a name ("Home Secretary",
// "Mr."), names of up to seven words, and the cleaning that keeps the person and drops the role
// ("Justice Secretary Ann Smith" -> "Ann Smith", "Ann Name MP" -> "Ann Name").

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}’'.-]*|of|for|and|the|de|von|van)`;
export const TITLE = String.raw`(?:(?:Prime|Home|Foreign|Deputy|First|Chief|Crime|Prevention|Secretary|Minister|Chancellor|President|Vice|Senator|Governor|Mayor|Cllr|Councillor|(?:Dr|Mr|Mrs|Ms|Prof)\.?|Professor|Sir|Lord|Lady|Baroness|Dame)[ \u00a0]+)`;
export const NAME = String.raw`\p{Lu}[\p{L}’'.\u2060-]*(?:[ \u00a0-]+${NAME_WORD}){0,6}`;
const NOT_A_NAME = /^(?:Today|This|That|These|The|It|I|We|They|He|She|In|On|At|As|Summary|FACT SHEET)$/u;

export function isName(name: string): boolean {
  const first = name.split(/[ \u00a0]+/)[0] as string;
  return !NOT_A_NAME.test(first) && !NOT_A_NAME.test(name);
}

// a role or title before a name stays out of the actor: "Justice Secretary Ann Smith" -> "Ann Smith"
const ROLE =
  /^(?:Secretary|Minister|Chancellor|President|Governor|Mayor|Senator|Cllr|Councillor|Dr|Mr|Mrs|Ms|Professor|Prof|Sir|Lord|Lady|Baroness|Dame)$/u;

export function cleanName(name: string): string {
  const words = name
    .trim()
    .replace(/[,.]$/, '')
    // post-nominals say what the person is, not who: "Ann Name MP"
    .replace(/[ \u00a0]+(?:MP|MSP|MS|AM|MLA|QC|KC|MEP)$/u, '')
    .split(/[ \u00a0]+/);
  let start = 0;
  words.forEach((word, i) => {
    // "Chancellor of the Exchequer" is an office written whole, not a title before a name
    if (ROLE.test(word) && i < words.length - 1 && !/^(?:of|for|and|the)$/u.test(words[i + 1] as string))
      start = i + 1;
  });
  return words.slice(start).join(' ');
}

export function lastWord(name: string): string {
  return /[\p{L}’'-]+$/u.exec(name)?.[0] ?? name;
}
