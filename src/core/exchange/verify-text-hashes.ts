// Checks that each source's textHash is the SHA-256 of its text, as the importer recorded it. A bundle whose
// hash and text disagree was edited by hand or damaged, and the same-text detection that relies on textHash
// would then be misled, so the whole bundle is refused. It lives apart from parseBundle because hashing
// with Web Crypto is asynchronous; the app and the CLI call it after parsing and before writing anything.
// The digests of a batch of sources are asked for at once: one at a time, each waited for its own turn
// through the platform's hashing threads, and a library of thousands of sources spent most of its check
// waiting.
import type { Source } from '../model/records';
import { sha256Hex } from '../text/hash';

/** Sources hashed at once: enough to keep the hashing threads busy, few enough to hold little memory. */
const BATCH = 64;

/** `undefined` when every hash matches; otherwise one line naming the first source that does not. */
export async function verifyTextHashes(
  sources: readonly Pick<Source, 'id' | 'title' | 'text' | 'textHash'>[],
): Promise<string | undefined> {
  for (let from = 0; from < sources.length; from += BATCH) {
    const batch = sources.slice(from, from + BATCH);
    const hashes = await Promise.all(batch.map((source) => sha256Hex(source.text)));
    const bad = hashes.findIndex((hash, i) => hash !== batch[i]!.textHash);
    if (bad === -1) continue;
    const source = batch[bad]!;
    return (
      `sources[${from + bad}] ("${source.title}", ${source.id}): textHash is not the SHA-256 of the source's text, ` +
      'so the file was changed or damaged after it was exported.'
    );
  }
  return undefined;
}
