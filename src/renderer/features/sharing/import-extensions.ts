// The extensions the "Import database" picker accepts: our bundle and every format core's registry can read
// (tests/renderer/sharing/export-choices.test.ts holds this list to the registry). Written out here so the
// picker opens at once, on the researcher's click, and the formats' readers are fetched after a file is
// chosen: a browser opens a file picker only close to the click that asked for it.
export const IMPORT_EXTENSIONS: readonly string[] = ['json', 'jsonld', 'qdpx', 'qdc'];
