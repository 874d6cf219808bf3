// Where the CLI's OCR finds its engine and language data: the npm packages tesseract.js-core and
// @tesseract.js-data/<language>, resolved from node_modules, so nothing is ever fetched at run time. A
// language is offered only when its data package is installed (English ships with the app).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Tesseract's language codes: three letters, optionally with a script suffix (chi_sim). */
const LANGUAGE = /^[a-z]{3}(?:_[a-z]+)?$/;

/** The folder holding `<lang>.traineddata.gz` (LSTM "best_int" models), or undefined when not installed. */
export function languageDataDir(language: string): string | undefined {
  if (!LANGUAGE.test(language)) return undefined;
  try {
    const root = path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`));
    const dir = path.join(root, '4.0.0_best_int');
    return existsSync(path.join(dir, `${language}.traineddata.gz`)) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The folder of tesseract.js-core (the WebAssembly engine). */
export function tesseractCoreDir(): string {
  return path.dirname(require.resolve('tesseract.js-core/package.json'));
}
