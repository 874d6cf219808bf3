// Who speaks in a command paper, policy paper or report: a foreword or preface signed at its foot ("Rt Hon
// Ann Name MP Secretary of State for Transport") is the signer's, from the section's heading down to the
// signature; the rest of the paper speaks for its author, read from its title page ("Presented to
// Parliament by the Secretary of State for ...", "Published by ...") or, after a minister's foreword, the
// department the minister heads ("Secretary of State for Transport" -> "Department for Transport") when
// the paper names it. Its first person ("we will ...") and its impersonal "should" are that author's.

export type PaperVoice = { from: number; actor: string };

const S = String.raw`[ \u00a0]+`;
const PERSON = String.raw`(?:(?:Dr|Sir|Dame|Lord|Baroness|Professor)\.?${S})?(\p{Lu}\p{Ll}+(?:[ \u00a0-]\p{Lu}[\p{Ll}’'-]+){1,3})`;
const POST_NOMINAL = String.raw`(?:${S}(?:MP|MSP|MS|AM|MLA|QC|KC|CBE|OBE|MBE))`;
const OFFICE = String.raw`(?:Secretary|Minister|Chancellor|Chief${S}Executive|Chair(?:man|woman)?|Director|President|Commissioner|Leader)`;
/** A signature on its own line: honorific or post-nominal or office, so that a plain name is not taken. */
const SIGNATURE = new RegExp(
  String.raw`^(?:(The${S})?(Rt\.?${S}Hon\.?${S}))?${PERSON}(${POST_NOMINAL})?,?(${S}${OFFICE}\b[^\n.!?]{0,80})?[ \u00a0]*$`,
  'gmu',
);
/** "Presented to Parliament by the Secretary of State for Transport", "Published by the Home Office". */
const TITLE_PAGE = new RegExp(
  String.raw`^(?:Presented${S}to${S}Parliament${S}by|Published${S}by|Laid${S}before${S}Parliament${S}by)${S}(?:the${S})?(\p{Lu}[^\n,.;]{2,100}?)(?=${S}by${S}Command\b|[\n,.;]|$)`,
  'mu',
);
const DEPARTMENT_OF_OFFICE = new RegExp(String.raw`Secretary${S}of${S}State${S}for${S}([^\n,.;]{3,80})`, 'u');
/** How far above a signature its section's heading is looked for. */
const SECTION_REACH = 12000;
const HEAD = 3000;

/** The voices of a paper's signed sections and of its author; empty for other texts. */
export function findPaperVoices(text: string): PaperVoice[] {
  const voices: PaperVoice[] = [];
  const titled = TITLE_PAGE.exec(text.slice(0, HEAD))?.[1]?.trim();
  let author = titled;
  for (const m of text.matchAll(SIGNATURE)) {
    const [, , honorific, person, postNominal, office] = m;
    if (!honorific && !postNominal && !office) continue;
    // a signature closes a section of paragraphs: the line before it is running text, not a heading
    if (!/[.!?”"]\r?\n(?:\r?\n)?$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    voices.push({ from: sectionStart(text, m.index), actor: person as string });
    author ??= office ? departmentOf(text, office) : undefined;
    if (author) voices.push({ from: m.index + m[0].length, actor: author });
  }
  if (voices.length === 0 && titled) voices.push({ from: 0, actor: titled });
  return voices;
}

/** Where the section a signature closes begins: its heading line (a short line without a full stop). */
function sectionStart(text: string, signature: number): number {
  const floor = Math.max(0, signature - SECTION_REACH);
  let end = text.lastIndexOf('\n', signature - 2);
  while (end > floor) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line && !/[.!?:;,”"]$/u.test(line) && line.split(/[ \u00a0]+/u).length <= 8) return start;
    end = start - 1;
  }
  return floor === 0 ? 0 : text.indexOf('\n', floor) + 1;
}

/** "Secretary of State for Transport" -> "Department for Transport", when the paper names that department. */
function departmentOf(text: string, office: string): string | undefined {
  const subject = DEPARTMENT_OF_OFFICE.exec(office)?.[1]?.trim();
  if (!subject) return undefined;
  const department = `Department for ${subject}`;
  return text.includes(department) ? department : undefined;
}
