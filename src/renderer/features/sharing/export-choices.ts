// What "Export database" can write, in the order the Format choice lists them: our own library bundle,
// then every interchange format that can be written, then those not built into this version yet, shown
// but disabled so the list reads the same everywhere. Driven by core's registry of formats.
import { INTERCHANGE_FORMATS, PLANNED_FORMATS } from '../../../core/interchange/formats';
import type { InterchangeFormat } from '../../../core/interchange/interchange-format';

export type ExportChoice = {
  id: string;
  label: string;
  /** Absent for the library bundle, which has its own writer; disabled when not built in yet. */
  format?: InterchangeFormat;
  disabled?: boolean;
};

export const BUNDLE_CHOICE: ExportChoice = { id: 'bundle', label: 'Library bundle (JSON)' };

export function listExportChoices(): ExportChoice[] {
  const writable = INTERCHANGE_FORMATS.filter((f) => f.write !== undefined);
  const planned = PLANNED_FORMATS.filter((p) => !INTERCHANGE_FORMATS.some((f) => f.id === p.id));
  return [
    BUNDLE_CHOICE,
    ...writable.map((format) => ({ id: format.id, label: format.label, format })),
    ...planned.map((p) => ({ id: p.id, label: `${p.label} (not in this version)`, disabled: true })),
  ];
}

/** File-picker extensions "Import database" accepts: bundles and every importable format. */
export function importExtensions(): string[] {
  const formats = INTERCHANGE_FORMATS.filter((f) => f.read !== undefined).map((f) => f.extension);
  return [...new Set(['json', ...formats])];
}
