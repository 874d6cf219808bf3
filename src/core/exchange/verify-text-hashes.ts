// Checks that each source's textHash is the SHA-256 of its text, as the importer recorded it. A bundle whose
// hash and text disagree was edited by hand or damaged, and the same-text detection that relies on textHash
// would then be misled, so the whole bundle is refused. It lives apart from parseBundle because hashing
// with Web Crypto is asynchronous; the app and the CLI call it after parsing and before writing anything.
import type { Source } from '../model/records';
import { sha256Hex } from '../text/hash';

/** `undefined` when every hash matches; otherwise one line naming the first source that does not. */
export async function verifyTextHashes(
  sources: readonly Pick<Source, 'id' | 'title' | 'text' | 'textHash'>[],
): Promise<string | undefined> {
  for (const [i, source] of sources.entries()) {
    if ((await sha256Hex(source.text)) === source.textHash) continue;
    return (
      `sources[${i}] ("${source.title}", ${source.id}): textHash is not the SHA-256 of the source's text, ` +
      'so the file was changed or damaged after it was exported.'
    );
  }
  return undefined;
}
