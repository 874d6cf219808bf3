// Makes a bundle from a library and writes it as text. The text is stable: records in id order, keys in a
// fixed order (envelope first, then id, then the rest alphabetically), two-space indent and a final
// newline, so exporting the same library twice gives the same bytes and bundles diff cleanly.
import type { Library, Versioned } from '../model/records';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-schema';
import { byCodeUnit, orderKeysDeep } from './canonical-json';

const LEADING_KEYS = [
  'format',
  'version',
  'exportedAt',
  'library',
  'researchers',
  'tags',
  'sources',
  'claims',
  'briefings',
  'id',
  'type',
];

const byId = <T extends Versioned>(records: T[]): T[] => [...records].sort((x, y) => byCodeUnit(x.id, y.id));

function sortLibrary(library: Library): Library {
  return {
    researchers: byId(library.researchers),
    tags: byId(library.tags),
    sources: byId(library.sources),
    claims: byId(library.claims),
    briefings: byId(library.briefings),
  };
}

export function createBundle(library: Library, exportedAt: string): Bundle {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt, library: sortLibrary(library) };
}

export function serialiseBundle(bundle: Bundle): string {
  const ordered = { ...bundle, library: sortLibrary(bundle.library) };
  return `${JSON.stringify(orderKeysDeep(ordered, LEADING_KEYS), null, 2)}\n`;
}
