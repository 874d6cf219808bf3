// What "Export database" can write, in the order the Format choice lists them: our own library bundle,
// then every interchange format that can be written. Driven by core's registry of formats.
import { INTERCHANGE_FORMATS } from '../../../core/interchange/formats';
import type { InterchangeFormat } from '../../../core/interchange/interchange-format';

export type ExportChoice = {
  id: string;
  label: string;
  /** Absent for the library bundle, which has its own writer. */
  format?: InterchangeFormat;
};

export const BUNDLE_CHOICE: ExportChoice = { id: 'bundle', label: 'Library bundle (JSON)' };

export function listExportChoices(): ExportChoice[] {
  const writable = INTERCHANGE_FORMATS.filter((f) => f.write !== undefined);
  return [BUNDLE_CHOICE, ...writable.map((format) => ({ id: format.id, label: format.label, format }))];
}
