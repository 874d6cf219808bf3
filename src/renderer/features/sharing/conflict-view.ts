// What the conflicts dialog says about a conflict: which record it is, in words a researcher recognises, and
// the fields whose values differ between the current version and the one that lost, as display text.
import type { Briefing, Claim, CslDate, CslName, Researcher, Source, Tag } from '../../../core/model/records';
import type { OpenConflict } from '../../storage/conflicts';

export type Lookup = { sourceTitle: (id: string) => string; tagName: (id: string) => string };
export type FieldDifference = { label: string; current: string; other: string };

const TYPE_WORDS = {
  claims: 'Claim',
  tags: 'Tag',
  sources: 'Source',
  researchers: 'Researcher',
  briefings: 'Briefing',
} as const;

export function describeRecordType(conflict: OpenConflict): string {
  return TYPE_WORDS[conflict.table];
}

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One line naming the record: a claim's kind, quote and source; a tag's name; a source's title. */
export function describeRecord(conflict: OpenConflict, lookup: Lookup): string {
  switch (conflict.table) {
    case 'claims': {
      const claim = conflict.current;
      const quote = excerpt(claim.target.selector[0].exact);
      return `${claim.kind}: “${quote}” in ${excerpt(lookup.sourceTitle(claim.sourceId), 60)}`;
    }
    case 'tags':
      return conflict.current.name;
    case 'sources':
      return conflict.current.title;
    case 'researchers':
      return conflict.current.displayName;
    case 'briefings':
      return conflict.current.title;
  }
}

const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');
const orNone = (value: string | undefined) => (value && value.length > 0 ? value : '(none)');
const showDate = (date: CslDate | undefined) =>
  !date ? '' : 'raw' in date ? date.raw : date['date-parts'].map((p) => p.join('-')).join(' – ');
const showNames = (names: CslName[] | undefined) =>
  (names ?? []).map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).join('; ');

type Row = [label: string, show: (record: never) => string];

function claimRows(lookup: Lookup, a: Claim, b: Claim): Row[] {
  const keys = [...new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])].sort();
  return [
    ['Statement', (c: Claim) => orNone(c.statement)],
    ['Note', (c: Claim) => orNone(c.note)],
    ['Tags', (c: Claim) => orNone(c.tagIds.map(lookup.tagName).join(', '))],
    ['Kind', (c: Claim) => c.kind],
    ...keys.map((key): Row => [
      `Field: ${key}`,
      (c: Claim) => orNone(String(c.fields[key as keyof Claim['fields']] ?? '')),
    ]),
    ['Status', (c: Claim) => c.status],
  ];
}

const TAG_ROWS: Row[] = [
  ['Name', (t: Tag) => t.name],
  ['Colour', (t: Tag) => t.colour],
  ['Description', (t: Tag) => orNone(t.description)],
  ['Parent', (t: Tag) => orNone(t.parentId ?? '')],
];

const SOURCE_ROWS: Row[] = [
  ['Title', (s: Source) => s.title],
  ['Type', (s: Source) => s.metadata.type],
  ['Authors', (s: Source) => orNone(showNames(s.metadata.author))],
  ['Publisher', (s: Source) => orNone(s.metadata.publisher)],
  ['Issued', (s: Source) => orNone(showDate(s.metadata.issued))],
  ['URL', (s: Source) => orNone(s.metadata.URL)],
  ['Text', (s: Source) => `${s.text.length} characters, ${s.textHash.slice(0, 12)}`],
];

const RESEARCHER_ROWS: Row[] = [['Name', (r: Researcher) => r.displayName]];

const BRIEFING_ROWS: Row[] = [
  ['Title', (b: Briefing) => b.title],
  ['Introduction', (b: Briefing) => orNone(excerpt(b.introduction))],
  ['Sections', (b: Briefing) => orNone(b.sections.join(', '))],
  ['Citation style', (b: Briefing) => b.style],
  [
    'Claims',
    (b: Briefing) => orNone(JSON.stringify(b.claimFilter) === '{}' ? '' : JSON.stringify(b.claimFilter)),
  ],
];

/** The fields that differ between the two versions, deletion included; empty when only the stamp differs. */
export function listDifferences(conflict: OpenConflict, lookup: Lookup): FieldDifference[] {
  const { current, lost } = conflict;
  const rows: Row[] =
    conflict.table === 'claims'
      ? claimRows(lookup, conflict.current, conflict.lost)
      : conflict.table === 'tags'
        ? TAG_ROWS
        : conflict.table === 'sources'
          ? SOURCE_ROWS
          : conflict.table === 'briefings'
            ? BRIEFING_ROWS
            : RESEARCHER_ROWS;
  const all: Row[] = [...rows, ['Deleted', (r: { deleted: boolean }) => yesNo(r.deleted)]];
  return all
    .map(([label, show]) => {
      const display = show as (record: unknown) => string;
      return { label, current: display(current), other: display(lost) };
    })
    .filter((d) => d.current !== d.other);
}
