// Cuts a sentence into the statements it makes, because one sentence often carries two positions:
// "X is not sure whether ..., but suggests that ...", "X welcomes ..., stating that ...", "These include
// A, B and C", "Although in favour of ..., X stresses ...". A clause that opens with a concession
// ("While the private sector has skills, ...") is marked, since that shape often states a mixed view.

import type { Span } from './text-spans';

export type Clause = Span & { concession?: Span; listItem?: boolean };

const REPORTING_VERB = String.raw`(?:also[ \u00a0]+)?(?:says|said|states|stated|suggests|suggested|adds|added|argues|argued|warns|warned|believes|believed|calls|called|wants|wanted|stresses|stressed|claims|claimed|insists|insisted|notes|noted|proposes|proposed|recommends|recommended|welcomes|welcomed|urges|urged|goes|go)\b`;
// where a new statement starts inside a sentence (the match is dropped from both sides)
const SPLIT = new RegExp(
  String.raw`,?[ \u00a0]+but[ \u00a0]+(?=${REPORTING_VERB})|,[ \u00a0]+(?=(?:stating|claiming|arguing|adding|saying|insisting|warning|noting|suggesting)\b)|(?:,|[ \u00a0][–—])[ \u00a0]+(?:and|but)[ \u00a0]+(?:so[ \u00a0]+|today[ \u00a0]+|now[ \u00a0]+)?(?=(?:there|it|they|he|she|we|i|this)\b)|,[ \u00a0]+(?=(?:whilst|while)\b)|,[ \u00a0]+(?:due[ \u00a0]+to|because[ \u00a0]+of|owing[ \u00a0]+to)[ \u00a0]+|;[ \u00a0]+`,
  'gi',
);
// verbs that open a second position of the same subject: "X supports A and calls for B"
const STANCE_VERB = String.raw`(?:also[ \u00a0]+)?(?:welcomes|welcomed|calls[ \u00a0]+for|called[ \u00a0]+for|urges|urged|objects[ \u00a0]+to|objected[ \u00a0]+to|opposes|opposed|supports|supported|wants|wanted|warns|warned|argues|argued|rejects|rejected|criticises|criticised|recommends|recommended|backs|backed|insists|insisted)\b`;
// "..., and the Secretary of State cannot comment": a second actor declining
const REFUSAL = String.raw`(?:cannot|can[’']t|(?:will|would|does|do|did)(?:[ \u00a0]+not|n[’']t))\b`;
// "..., and Crisis UK wants ...": a second actor, named with capitals, and its own position
const NAMED_SPLIT = new RegExp(
  String.raw`,?[ \u00a0]+(?:and|but|while|whilst)[ \u00a0]+(?=(?:the[ \u00a0]+)?\p{Lu}[\p{L}’'&-]*(?:[ \u00a0]+(?:of[ \u00a0]+|for[ \u00a0]+|the[ \u00a0]+)*\p{Lu}[\p{L}’'&-]*){0,5}[ \u00a0]+(?:has[ \u00a0]+|have[ \u00a0]+)?(?:${STANCE_VERB}|${REFUSAL}))`,
  'gu',
);
const SAME_SUBJECT_SPLIT = new RegExp(String.raw`,?[ \u00a0]+(?:and|but)[ \u00a0]+(?=${STANCE_VERB})`, 'gi');
const LIST_INTRO =
  /^[“"‘']?(?:These|They|Those|Its[ \u00a0]\w+|Their[ \u00a0]\w+|The[ \u00a0]\w+)[ \u00a0]+(?:also[ \u00a0]+)?(?:include|includes|included)[ \u00a0]+/i;
const CONCESSION = /^[“"‘']?(?:Although|Though|While|Whilst|Even though|Despite)\b/i;

export function splitClauses(text: string, sentence: Span): Clause[] {
  const s = text.slice(sentence.start, sentence.end);
  const list = LIST_INTRO.exec(s);
  if (list) return listItems(s, sentence.start, list[0].length);
  const clauses: Clause[] = [];
  let from = 0;
  let concession: Span | undefined;
  if (CONCESSION.test(s)) {
    const comma = s.indexOf(', ');
    if (comma > 0) {
      concession = { start: sentence.start, end: sentence.start + comma };
      from = comma + 2;
    }
  }
  const colon = s.indexOf(': ');
  for (const m of splitPoints(s, from)) {
    // semicolons after a colon separate the items of one list, not statements
    if (m.text.startsWith(';') && colon >= 0 && colon < m.at) continue;
    push(clauses, sentence.start + from, sentence.start + m.at, concession);
    concession = undefined;
    from = m.at + m.text.length;
  }
  push(clauses, sentence.start + from, sentence.end, concession);
  return clauses;
}

// the split patterns' matches from `from` on, in order, overlapping ones dropped
function splitPoints(s: string, from: number): { at: number; text: string }[] {
  const points: { at: number; text: string }[] = [];
  for (const pattern of [SPLIT, SAME_SUBJECT_SPLIT, NAMED_SPLIT]) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(s); m; m = pattern.exec(s)) points.push({ at: m.index, text: m[0] });
  }
  points.sort((a, b) => a.at - b.at);
  return points.filter(
    (p, i) =>
      i === 0 ||
      p.at >=
        (points[i - 1] as { at: number; text: string }).at + (points[i - 1] as { text: string }).text.length,
  );
}

function push(into: Clause[], start: number, end: number, concession: Span | undefined): void {
  if (end - start < 3) return;
  into.push(concession ? { start, end, concession } : { start, end });
}

// "These include A, B, and C": one clause per item; a final "B and C" without a comma is two items
function listItems(s: string, offset: number, from: number): Clause[] {
  const items: Clause[] = [];
  const parts = s.slice(from).split(/,[ \u00a0]+(?:and[ \u00a0]+|or[ \u00a0]+)?/);
  let at = from;
  let serialComma = /,[ \u00a0]+(?:and|or)[ \u00a0]/.test(s);
  parts.forEach((part, i) => {
    const start = s.indexOf(part, at);
    at = start + part.length;
    const and = i === parts.length - 1 && !serialComma ? part.lastIndexOf(' and ') : -1;
    if (and > 0 && parts.length > 1) {
      items.push({ start: offset + start, end: offset + start + and, listItem: true });
      items.push({ start: offset + start + and + 5, end: offset + at, listItem: true });
      serialComma = true;
    } else if (part.trim().length > 2) {
      items.push({ start: offset + start, end: offset + at, listItem: true });
    }
  });
  return items;
}
