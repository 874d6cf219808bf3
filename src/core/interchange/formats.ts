// Every interchange format the workbench knows, in the order the Format choice lists them, and which one a
// file is, judged by its content (never its extension). Our own bundle is not listed: it is the library's
// native file, detected and imported on its own path first.
import { csvFormat } from './csv/csv-format';
import { hypothesisFormat } from './hypothesis/hypothesis-format';
import type { InterchangeFormat } from './interchange-format';
import { qdcFormat } from './refi-qda/qdc-format';
import { qdpxFormat } from './refi-qda/qdpx-format';
import { w3cFormat } from './w3c/w3c-format';

export const INTERCHANGE_FORMATS: readonly InterchangeFormat[] = [
  w3cFormat,
  qdpxFormat,
  qdcFormat,
  csvFormat,
  hypothesisFormat,
];

export function findFormat(id: string): InterchangeFormat | undefined {
  return INTERCHANGE_FORMATS.find((f) => f.id === id);
}

/** The format these bytes are, among those that can be imported, or undefined. */
export function detectFormat(bytes: Uint8Array): InterchangeFormat | undefined {
  return INTERCHANGE_FORMATS.find((f) => f.read !== undefined && f.detect(bytes));
}
