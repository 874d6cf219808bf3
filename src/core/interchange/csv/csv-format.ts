// Claims as CSV, out only: for a spreadsheet, not for coming back (a table cannot carry the codebook,
// sources or history; our bundle does).
import type { InterchangeFormat } from '../interchange-format';
import { writeClaimsCsv } from './claims-csv';

export const csvFormat: InterchangeFormat = {
  id: 'csv',
  label: 'CSV (claims, one row each)',
  extension: 'csv',
  mimeType: 'text/csv',
  detect: () => false,
  write(library) {
    const { TextEncoder } = globalThis as unknown as CorePlatformGlobals;
    return new TextEncoder().encode(writeClaimsCsv(library));
  },
};
