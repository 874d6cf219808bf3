// A transcript is a sequence of speaker turns, and its shape gives it away even where no speaker was
// introduced first: several lines that are only a name and a colon ("Ann Name:", "Deputy Ann Name:", "An
// Ceann Comhairle:"), or paragraphs that open with a speaker in the form of the Congressional Record or old
// Hansard ("Mr. NAME. Mr. President, ...", "The SPEAKER pro tempore. Under ..."). Each such line opens its
// speaker's turn, which lasts until the next.

export type Turn = { from: number; actor: string };

/** A line that is only a name of two to four capitalised words and a colon. */
const LABEL_LINE = /^(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+){1,3}):[ \u00a0]*\r?$/gmu;
/** Words of headings that end in a colon ("Key Points:", "Next Steps:"), never of a speaker's name. */
export const HEADING_WORD =
  /^(?:Key|Main|Next|Points?|Findings?|Steps?|Summary|Background|Introduction|Conclusions?|Notes?|Overview|Recommendations?|Questions?|Answers?|Contents|Issues?|Actions?|Objectives?|Results?|Updates?|Sources?|Contacts?|Media|Editors?|Enquiries|Facts?|Figures?|Highlights?|Resources?|Links?|Related|Further|Information|Details?|Examples?|Case|Study|Table|Chart|Figure|Annex|Appendix|Terms|Keywords?|Topics?|Section|Part|Chapter|Agenda|Minutes|Attendees|Present|Apologies|Purpose|Scope|Aims?|Outcomes?|Benefits?|Risks?|Costs?|Funding|Timeline|Timetable|Deadline|Dates?|Location|Venue|Time|Date|Note|Warning|Update|Reading|Read|More)$/u;
/** Fewer label lines than this, or all of them one name, is a list of headings, not a transcript. */
const MIN_LABEL_LINES = 3;
const MIN_SPEAKERS = 2;
/** "Mr. KENNEDY. Mr. President, ...": a title and a surname in capitals, then a full stop, open a turn. */
const RECORD_TURN =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.[ \u00a0]+((?:Mc|Mac|De|Di|Van|Von)?\p{Lu}[\p{Lu}’'-]+(?:[ \u00a0]+of[ \u00a0]+\p{Lu}\p{L}+)?)|The[ \u00a0]+(\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}{2,})*(?:[ \u00a0]+pro[ \u00a0]+tempore)?))\.[ \u00a0]+(?=\S)/gmu;
/** "Mr. Name. I beg to move ...": the same in ordinary case, a turn only where several paragraphs open so. */
const NAMED_TURN =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?[ \u00a0]+(\p{Lu}\p{Ll}[\p{L}’'-]*(?:[ \u00a0]+\p{Lu}\p{Ll}[\p{L}’'-]*)?)\.[ \u00a0]+(?=\p{Lu})/gmu;
const MIN_NAMED_TURNS = 3;

/** The turns of a text shaped as a transcript, in text order; empty when it is not one. */
export function findTranscriptTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  const labels = [...text.matchAll(LABEL_LINE)].filter(
    (m) => !(m[1] as string).split(/[ \u00a0]+/u).some((word) => HEADING_WORD.test(word)),
  );
  const speakers = new Set(labels.map((m) => m[1] as string));
  if (labels.length >= MIN_LABEL_LINES && speakers.size >= MIN_SPEAKERS) {
    for (const m of labels) turns.push({ from: m.index, actor: m[1] as string });
  }
  for (const m of text.matchAll(RECORD_TURN)) {
    const name = (m[1] ?? m[2]) as string;
    // "Mr. EMANUEL" is Mr. Emanuel; "The SPEAKER pro tempore" is the chair
    turns.push({ from: m.index, actor: m[1] ? `Mr. ${titleCase(name)}` : `The ${name}` });
  }
  const named = [...text.matchAll(NAMED_TURN)];
  if (named.length >= MIN_NAMED_TURNS) {
    for (const m of named) turns.push({ from: m.index, actor: m[1] as string });
  }
  return turns.sort((a, b) => a.from - b.from);
}

function titleCase(name: string): string {
  return name.replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());
}
