// Ids for records made from a foreign file: derived from what the file says (an annotation's id, a tag's
// name, a person's account), so importing the same file twice names the same records and the merge finds
// nothing new the second time. Two 53-bit hashes with different seeds make a collision negligible.
import { hashString } from '../../exchange/hash-string';
import { RECORD_ID_PATTERN } from '../../exchange/record-schemas';
import { LIMITS } from '../../limits';

export function stableId(prefix: string, key: string): string {
  return `${prefix}-${hashString(key, 1)}${hashString(key, 2)}`;
}

/** The id itself when it is a valid record id, else undefined. */
export function validRecordId(id: string | undefined): string | undefined {
  return id !== undefined && id.length <= LIMITS.id && RECORD_ID_PATTERN.test(id) ? id : undefined;
}
