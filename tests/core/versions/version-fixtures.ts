// Hand-made new versions of corpus documents (fixtures/*-edited.txt beside this file) and the claims made on
// the originals, each with what should become of it on the new version: moved (the passage reads the same,
// whitespace aside), changed (found, reading a little differently: `now` is what it reads) or orphaned
// (deleted or rewritten past recognition). `within` is a passage of the new text the claim must land in,
// for quotes that occur more than once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim, Source } from '../../../src/core/model/records';
import { makeCorpusSource, makeClaim } from '../exchange/library-builders';

export type Expected = 'moved' | 'changed' | 'orphaned';
export type ClaimCase = {
  quote: string;
  occurrence?: number;
  expect: Expected;
  now?: string;
  within?: string;
};
export type VersionCase = { original: string; edited: string; edits: string; claims: ClaimCase[] };

export const VERSION_CASES: VersionCase[] = [
  {
    original: '004_095d6f8d55d7aa2e.txt',
    edited: '004-edited.txt',
    edits:
      'a note inserted at the top, a paragraph moved up, a line re-wrapped, words changed inside and just ' +
      'before quotes, a sentence deleted, a clause rewritten',
    claims: [
      { quote: '12th December 2017', expect: 'moved' },
      {
        quote:
          'A small proportion of local councils have arrangements whereby some or the entirety of their service is run at arms’ length from the council',
        expect: 'moved',
      },
      {
        quote: 'has had a positive affect on culture and practice',
        expect: 'changed',
        now: 'has had a positive effect on culture and practice',
      },
      { quote: 'the use of agency workers and staff turnover has reduced', expect: 'moved' },
      { quote: 'An evaluation of Slough Children’s Services Trust is in progress.', expect: 'orphaned' },
      {
        quote: 'Windsor and Maidenhead, who joined in August 2017',
        expect: 'changed',
        now: 'Windsor and Maidenhead, who joined in September 2017',
      },
      {
        quote: 'the main benefits of its creation were: better service quality; better staff engagement',
        expect: 'orphaned',
      },
      {
        quote: 'We are funding four projects to explore this through its ‘Innovation Programme’',
        expect: 'moved',
      },
    ],
  },
  {
    original: '000_38c8a26222ede8aa.txt',
    edited: '000-edited.txt',
    edits:
      'a paragraph moved down, figures changed inside quotes, doubled and no-break spaces, words inserted ' +
      'before a repeated figure, two sentences deleted',
    claims: [
      {
        quote: 'The department paid £2.9 million and £3.3 million towards set up costs',
        expect: 'changed',
        now: 'The department paid £2.9 million and £3.4 million towards set up costs',
      },
      {
        quote: 'The department’s contribution to the set up costs for this company was £2.5 million.',
        expect: 'moved',
      },
      {
        quote:
          'Private provision is defined as expenditure on services provided/managed by private sector entities',
        expect: 'orphaned',
      },
      {
        quote:
          'The department does not hold information on the number of contracts with private sector companies',
        expect: 'orphaned',
      },
      { quote: 'The government has spent £3.66 million in consulting on', expect: 'moved' },
      {
        quote: '£2.7 million for local authorities and £8.52 million for private companies',
        expect: 'changed',
        now: '£2.7 million for local authorities and £8.52 million for private sector companies',
      },
      // "£2.7 million" occurs twice; the claim is on the first, whose prefix the new version edits.
      {
        quote: '£2.7 million',
        occurrence: 0,
        expect: 'moved',
        within: 'in two phases: £2.7 million for the preparation',
      },
      {
        quote: 'Together for Children, in April 2017',
        expect: 'moved',
      },
    ],
  },
  {
    original: '001_1e5035609ec9f0e3.txt',
    edited: '001-edited.txt',
    edits:
      'a name shortened inside a 460-character quote, two list items swapped, ' +
      'words changed inside and before a quote, an opening sentence cut',
    claims: [
      {
        quote:
          'Although consultation is continuing on the detailed Regulations for the new regulator, planned to be up and running in 2019 having taken over from HCPC, the Chair of the Board has been appointed. He is Professor Lord Kamlesh Patel of Bradford a former mental health social worker and academic and now a Labour peer. I have written on behalf of the group to congratulate him and offer any help members of LSWG can give and received a warm reply.',
        expect: 'changed',
        now: 'Although consultation is continuing on the detailed Regulations for the new regulator, planned to be up and running in 2019 having taken over from HCPC, the Chair of the Board has been appointed. He is Professor Lord Patel of Bradford a former mental health social worker and academic and now a Labour peer. I have written on behalf of the group to congratulate him and offer any help members of LSWG can give and received a warm reply.',
      },
      {
        quote: 'Meanwhile LGA and ADASS continue to draw attention to the massive funding gap',
        expect: 'moved',
      },
      {
        quote:
          'the Narey and Owers ‘foster care stock take’ which received a generally unfavourable reception',
        expect: 'changed',
        now: 'the Narey and Owers ‘foster care stock take’, which received a largely unfavourable reception',
      },
      {
        quote: 'Following on from our successful meetings in Westminster in November 2017',
        expect: 'orphaned',
      },
      { quote: 'Labour Social Work Group Members’ and Supporters’ Newsletter April 2018', expect: 'moved' },
    ],
  },
];

const fixtureUrl = (name: string) => new URL(`fixtures/${name}`, import.meta.url);

export function readEdited(name: string): string {
  return readFileSync(fixtureUrl(name), 'utf8');
}

/** The new version as an import of the edited file records it, superseding `original`. */
export function makeNewVersion(original: Source, editedName: string): Source {
  const bytes = readFileSync(fixtureUrl(editedName));
  const text = bytes.toString('utf8');
  const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
  return {
    ...original,
    id: sha256(bytes),
    textHash: sha256(text),
    fileName: editedName,
    text,
    supersedes: original.id,
    updatedAt: '2024-06-01T09:00:00.000Z',
  };
}

export function originalSource(name: string): Source {
  return makeCorpusSource(name);
}

/** A claim on the `occurrence`-th (from 0) place `quote` occurs in the source, as the reader stores it. */
export function claimAt(source: Source, { quote, occurrence = 0 }: ClaimCase, id: string): Claim {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in source: ${quote}`);
  const base = makeClaim(source, quote, { id });
  return {
    ...base,
    target: { source: source.id, selector: describeRange(source.text, at, at + quote.length) },
  };
}
