// A source's textHash must be the SHA-256 of its text (checked against Node's own hash of real corpus
// text); the first source that disagrees is named, and a source one character off is caught.
import { describe, expect, it } from 'vitest';
import { verifyTextHashes } from '../../../src/core/exchange/verify-text-hashes';
import { makeCorpusSource } from './library-builders';

const sources = () => [
  makeCorpusSource('000_38c8a26222ede8aa.txt'),
  makeCorpusSource('002_f51d64f123fd7464.txt'),
];

describe('verifyTextHashes', () => {
  it('accepts sources whose textHash is the SHA-256 of their text', async () => {
    expect(await verifyTextHashes(sources())).toBeUndefined();
    expect(await verifyTextHashes([])).toBeUndefined();
  });

  it('names the first source whose text was changed after its hash was taken', async () => {
    const [first, second] = sources();
    const edited = { ...second!, text: second!.text.replace('£', '$') };
    expect(edited.text).not.toBe(second!.text);
    const error = await verifyTextHashes([first!, edited]);
    expect(error).toBe(
      `sources[1] ("${second!.title}", ${second!.id}): textHash is not the SHA-256 of the source's text, ` +
        'so the file was changed or damaged after it was exported.',
    );
  });

  it('names the first bad source of a long list, past the first batch, by its place', async () => {
    const [first, second] = sources();
    const many = Array.from({ length: 150 }, (_, i) => ({ ...(i % 2 ? first! : second!), id: `s${i}` }));
    many[140] = { ...many[140]!, text: `${many[140]!.text}.` };
    many[100] = {
      ...many[100]!,
      textHash: first!.textHash === many[100]!.textHash ? second!.textHash : first!.textHash,
    };
    expect(await verifyTextHashes(many)).toMatch(/^sources\[100\] \(".*", s100\): textHash is not/);
    expect(await verifyTextHashes(many.slice(0, 100))).toBeUndefined();
  });

  it('catches an altered textHash', async () => {
    const [first] = sources();
    const altered = { ...first!, textHash: first!.textHash.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
    expect(await verifyTextHashes([altered])).toMatch(/^sources\[0\] .*textHash is not the SHA-256/);
  });
});
