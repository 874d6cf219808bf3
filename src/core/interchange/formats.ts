// Every interchange format the workbench knows, in the order the Format choice lists them, and which one a
// file is, judged by its content (never its extension). Our own bundle is not listed: it is the library's
// native file, detected and imported on its own path first.
import { csvFormat } from './csv/csv-format';
import { hypothesisFormat } from './hypothesis/hypothesis-format';
import type { InterchangeFormat, InterchangeFormatId } from './interchange-format';
import { w3cFormat } from './w3c/w3c-format';

export const INTERCHANGE_FORMATS: readonly InterchangeFormat[] = [
  w3cFormat,
  // REFI-QDA project (qdpxFormat) and codebook (qdcFormat) go here.
  csvFormat,
  hypothesisFormat,
];

/** The ids the Format choice offers even before their format is built, so the list reads the same. */
export const PLANNED_FORMATS: readonly { id: InterchangeFormatId; label: string }[] = [
  { id: 'qdpx', label: 'REFI-QDA project (.qdpx)' },
  { id: 'qdc', label: 'REFI-QDA codebook (.qdc)' },
];

export function findFormat(id: string): InterchangeFormat | undefined {
  return INTERCHANGE_FORMATS.find((f) => f.id === id);
}

/** The format these bytes are, among those that can be imported, or undefined. */
export function detectFormat(bytes: Uint8Array): InterchangeFormat | undefined {
  return INTERCHANGE_FORMATS.find((f) => f.read !== undefined && f.detect(bytes));
}
