// The Format choice of "Export database" follows core's registry: the bundle first, every writable
// interchange format by its label, and the
// Import picker accepting each importable format's extension.
import { describe, expect, it } from 'vitest';
import { INTERCHANGE_FORMATS } from '../../../src/core/interchange/formats';
import { listExportChoices } from '../../../src/renderer/features/sharing/export-choices';
import { IMPORT_EXTENSIONS } from '../../../src/renderer/features/sharing/import-extensions';
import { exportFileName } from '../../../src/renderer/features/sharing/export-file-name';

describe('export choices', () => {
  const choices = listExportChoices();

  it('offers the bundle, Web Annotation, both REFI-QDA files and CSV by name', () => {
    expect(choices[0]).toMatchObject({ id: 'bundle', label: expect.stringContaining('Library bundle') });
    for (const name of ['Web Annotation', 'REFI-QDA project', 'REFI-QDA codebook', 'CSV'])
      expect(choices.some((c) => c.label.includes(name))).toBe(true);
  });

  it('offers exactly the formats that can be written, and never an import-only one', () => {
    for (const choice of choices.slice(1))
      expect(INTERCHANGE_FORMATS.find((f) => f.id === choice.id)?.write).toBeDefined();
    expect(choices.some((c) => c.id === 'hypothesis')).toBe(false);
  });

  it('names the file with the format’s extension, and lets Import pick every importable format', () => {
    expect(exportFileName(new Date(2024, 4, 3), 'jsonld')).toBe('evidence-library-2024-05-03.jsonld');
    // the picker's list, written out so it opens without fetching the readers, is the registry's: the
    // bundle's json and the extension of every format that can be read, each once
    const readable = INTERCHANGE_FORMATS.filter((f) => f.read !== undefined).map((f) => f.extension);
    expect([...IMPORT_EXTENSIONS].sort()).toEqual([...new Set(['json', ...readable])].sort());
    expect(IMPORT_EXTENSIONS).toEqual(expect.arrayContaining(['json', 'jsonld', 'qdpx', 'qdc']));
  });
});
