// REFI-QDA names every record by a GUID. Ours are UUIDs already (claims, tags, researchers), which are
// written as they are, so a claim coded in another tool comes back as the same claim; a source id is a
// SHA-256, whose first 128 bits make its GUID; anything else (a note of a claim, a coding) gets a GUID
// derived from its record's id and its role, so exporting the same library twice writes the same GUIDs.
// GUIDs read from other tools are lower-cased and lose their braces, the form our ids take.
import { hashString } from '../../exchange/hash-string';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** A GUID as our ids write it (lower case, no braces), or null when the text is not a GUID. */
export function normaliseGuid(text: string | undefined): string | null {
  const match = GUID.exec((text ?? '').trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** The GUID of a record: its id when that is a GUID, else one derived from the id (and a role). */
export function guidOf(id: string, role = ''): string {
  const own = role === '' ? normaliseGuid(id) : null;
  if (own) return own;
  const hex =
    role === '' && /^[0-9a-f]{64}$/.test(id)
      ? id.slice(0, 32)
      : (
          hashString(`${role}:${id}`, 1) +
          hashString(`${role}:${id}`, 2) +
          hashString(`${role}:${id}`, 3)
        ).slice(0, 32);
  return formatGuid(hex);
}

function formatGuid(hex: string): string {
  // Version 4 / variant bits set, so the derived value is also a well-formed UUID.
  const digits = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 32)}`;
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20, 32)}`;
}
