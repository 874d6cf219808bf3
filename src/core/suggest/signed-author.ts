// The author a text names where a byline or a letter's close puts it, not in a sentence: "By: Ann Name,
// Bo Name, and Cy Name" under the title (the first named writes for the rest), or a letter's "Sincerely,"
// followed by the signatory's name ("JOSEPH R. BIDEN JR." read as "Joseph R. Biden Jr."). A reporter's
// byline names no holder: only a text that speaks in the first person outside quotation marks ("We are
// encouraged ...") is its byline's own view. A paper that names no author at all but keeps saying what "the
// government will" do (a Budget's own pages) is that body's.

const S = String.raw`[ \u00a0]+`;
const WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
const PERSON = String.raw`${WORD}(?:${S}${WORD}){1,4}`;
/** "By: Ann Name, Bo Name, and Cy Name" or "By Ann Name" on a line of its own, near the top. */
const BYLINE = new RegExp(
  String.raw`^(?:By|BY|Written${S}by):?${S}(${PERSON})(?:,|${S}and\b|[ \u00a0]*$)`,
  'mu',
);
/** A letter's close, then its signatory's name on a line of its own at the end. */
const CLOSE = new RegExp(
  String.raw`^(?:(?:Yours${S})?(?:[Ss]incerely|[Ff]aithfully|[Tt]ruly)|Respectfully(?:${S}yours)?|(?:With${S})?(?:[Bb]est|[Kk]ind)${S}(?:regards|wishes)),?[ \u00a0]*\r?\n(?:[ \u00a0]*\r?\n)*[ \u00a0]*(${PERSON}),?[ \u00a0]*(?:\r?\n|$)`,
  'mu',
);
/** "we" or "our" on a line with no quotation mark (so not inside a quoted passage). */
const OWN_VOICE = /^[^\n“”"]*\b(?:we|We|our|Our)\b[^\n“”"]*$/gmu;
const MIN_OWN_VOICE = 2;
/** "the government will ...", "the Department is committed to ...": the body a paper commits. */
const COMMITTING =
  /\b(?:the|The)[ \u00a0]+(government|Government|administration|Administration|Department|Executive|council|Council|Commission|Board|Authority)[ \u00a0]+(?:will|is[ \u00a0]+committed|has[ \u00a0]+committed|is[ \u00a0]+taking|is[ \u00a0]+determined)\b/gu;
const MIN_COMMITMENTS = 3;
const HEAD = 600;
const TAIL = 400;

/** The author named in a byline near the top or under a letter's close at the end, if any. */
export function findSignedAuthor(text: string): string | undefined {
  const byline = BYLINE.exec(text.slice(0, HEAD));
  if (byline && speaksForItself(text)) return byline[1] as string;
  const tail = text.slice(Math.max(0, text.length - TAIL));
  const signed = CLOSE.exec(tail);
  return signed ? readableName(signed[1] as string) : undefined;
}

/** The body a paper with no named author commits again and again, as "the government". */
export function findCommittingBody(text: string): string | undefined {
  const counts = new Map<string, number>();
  COMMITTING.lastIndex = 0;
  for (let m = COMMITTING.exec(text); m; m = COMMITTING.exec(text)) {
    const body = (m[1] as string).toLowerCase();
    const n = (counts.get(body) ?? 0) + 1;
    if (n >= MIN_COMMITMENTS) return `the ${body}`;
    counts.set(body, n);
  }
  return undefined;
}

/** A name set in capitals is written as a name: "JOSEPH R. BIDEN JR." → "Joseph R. Biden Jr." */
function readableName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[ \u00a0.’'-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

function speaksForItself(text: string): boolean {
  let n = 0;
  OWN_VOICE.lastIndex = 0;
  while (OWN_VOICE.exec(text)) if (++n >= MIN_OWN_VOICE) return true;
  return false;
}
