// `evidence export --kinds K,K --tag NAME`: only some claims in an interchange export, as the app's
// "Only filtered claims" does with the Claims list's filters. A tag is named as the codebook shows it
// (case ignored) and brings the claims of the tags under it too.
import { descendantIds } from '../core/codebook/tag-tree';
import type { ClaimKind, Library } from '../core/model/records';
import { CliError } from './cli-context';

const KINDS: readonly ClaimKind[] = ['figure', 'date', 'stance', 'quote'];

export function filterExportedClaims(library: Library, options: { kinds?: string; tag?: string }): Library {
  let claims = library.claims;
  if (options.kinds !== undefined) {
    const kinds = options.kinds.split(',').map((k) => k.trim());
    const unknown = kinds.find((k) => !(KINDS as readonly string[]).includes(k));
    if (unknown !== undefined)
      throw new CliError(`unknown kind "${unknown}"; --kinds takes ${KINDS.join(', ')}`);
    claims = claims.filter((c) => kinds.includes(c.kind));
  }
  if (options.tag !== undefined) {
    const name = options.tag.trim().toLowerCase();
    const tag = library.tags.find((t) => !t.deleted && t.name.toLowerCase() === name);
    if (!tag) throw new CliError(`no tag named "${options.tag}" in the bundle`);
    const wanted = descendantIds(library.tags, tag.id);
    claims = claims.filter((c) => c.tagIds.some((id) => wanted.has(id)));
  }
  return claims === library.claims ? library : { ...library, claims };
}
