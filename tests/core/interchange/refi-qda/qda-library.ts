// A library for the REFI-QDA tests that uses what the format can carry and what it cannot: researchers,
// nested tags with colours and descriptions, a corpus source and a source whose text has an emoji and CJK
// before its quotes, claims with several tags, notes and statements full of XML's special characters, and
// a deleted tag and claim (which the format cannot carry).
import { createHash } from 'node:crypto';
import type { Claim, Library, Source, Tag } from '../../../../src/core/model/records';
import {
  FIRST_DOC,
  makeCorpusSource,
  makeClaim,
  makeResearcher,
  makeTag,
  T0,
} from '../../exchange/library-builders';

export const ALICE = '0b7c7e3e-3c1f-4b59-9d55-5a0c2b1f0a01';
export const BOB = '5f2d1a4c-8e6b-4c3a-a1d2-7e9f0b3c4d02';
export const T1 = '2024-05-02T10:30:00.000Z';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function makeEmojiSource(): Source {
  const text =
    'Résumé 😀 of the 北京 meeting 𠀋:\nThe council said "spending rose by £3m" & fell <later>.\r\nEnd 👍🏽.';
  const normalised = text.replace(/\r\n?/g, '\n');
  return {
    ...makeCorpusSource(FIRST_DOC),
    id: sha256(text),
    textHash: sha256(normalised),
    title: 'Notes <draft> & "minutes"',
    fileName: 'minutes.txt',
    text: normalised,
    updatedBy: ALICE,
  };
}

function tag(id: string, name: string, parentId: string | null, colour: string, description = ''): Tag {
  return makeTag({ id, name, parentId, colour, description, updatedBy: ALICE });
}

export const TAG_IDS = {
  money: '11111111-1111-4111-8111-111111111111',
  spending: '22222222-2222-4222-8222-222222222222',
  capital: '33333333-3333-4333-8333-333333333333',
  people: '44444444-4444-4444-8444-444444444444',
  gone: '55555555-5555-4555-8555-555555555555',
};

export function makeQdaLibrary(): Library {
  const corpus = { ...makeCorpusSource(FIRST_DOC), updatedBy: ALICE };
  const emoji = makeEmojiSource();
  const tags = [
    tag(TAG_IDS.money, 'Money', null, '#0072b2', 'Anything about "funds" & <budgets>'),
    tag(TAG_IDS.spending, 'Spending', TAG_IDS.money, '#e69f00'),
    tag(TAG_IDS.capital, ' Capital ', TAG_IDS.spending, '#009e73', 'Line one\nline two\n'),
    tag(TAG_IDS.people, 'People & places', null, '#cc79a7'),
    { ...tag(TAG_IDS.gone, 'Old tag', null, '#4d4d4d'), deleted: true },
  ];
  const claim = (source: Source, quote: string, id: string, extra: Partial<Claim>) =>
    makeClaim(source, quote, {
      id,
      kind: 'quote',
      fields: {},
      createdBy: ALICE,
      updatedBy: ALICE,
      ...extra,
    });
  const claims = [
    claim(corpus, '£11.22m', '66666666-6666-4666-8666-666666666601', {
      tagIds: [TAG_IDS.capital, TAG_IDS.money],
      note: 'Check against the <annual> report & "minutes"',
      statement: 'The scheme cost £11.22m.',
      updatedAt: T1,
      updatedBy: BOB,
    }),
    claim(emoji, 'spending rose by £3m', '66666666-6666-4666-8666-666666666602', {
      tagIds: [TAG_IDS.spending],
      note: ' Tab\there, a line\nbreak and a CR\r\n',
    }),
    claim(emoji, '北京 meeting 𠀋', '66666666-6666-4666-8666-666666666603', {
      tagIds: [TAG_IDS.people],
      statement: 'Met in 北京.',
    }),
    claim(emoji, 'End 👍🏽', '66666666-6666-4666-8666-666666666604', { tagIds: [] }),
    claim(emoji, 'fell <later>', '66666666-6666-4666-8666-666666666605', { deleted: true }),
  ];
  return {
    researchers: [
      makeResearcher(ALICE, 'Alice Ng'),
      { ...makeResearcher(BOB, 'Bob "B" <Smith>'), updatedBy: BOB },
    ],
    tags,
    sources: [corpus, emoji],
    claims,
    briefings: [],
  };
}

export const CONTEXT = { now: '2024-06-01T12:00:00.000Z' };

export function readContext(existing: Library, researcherId = ALICE) {
  return { existing, now: '2024-06-02T08:00:00.000Z', researcherId };
}

export const EMPTY_LIBRARY: Library = { researchers: [], tags: [], sources: [], claims: [], briefings: [] };

export { T0 };
