// Finds source text that points at the folder beside the repository where the corpus and scorer used to
// live (a relative path climbing out to it, a path.join of '..' and its name, or its absolute path). The
// fs guard catches such reads when tests run; this catches them in code no test runs (scripts, CI, configs).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const PATTERNS: RegExp[] = [
  /(?:\.\.[\\/])+shared(?![\w-])/, // a relative path climbing out of the repository to it
  /['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/, // the same as a path.join of '..' and the name
  /\/work\/shared(?![\w-])/, // its absolute path on the machine the project was built on
  /\bshared[\\/](?:corpus|tools|hooks|standards|DESIGN\.md|STACK-NOTES\.md)\b/, // its sub-folders by name
];

/** Files that are code or configuration, by extension; data and prose (md, txt, pdf, docx) are skipped. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|json|sh|ya?ml|html|css)$|^[^.]+$|^\.[^.]+$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', 'test-results']);

/** The 1-based numbers of the lines of `text` that refer to the sibling folder. */
export function findOutsideReferences(text: string): number[] {
  return text
    .split('\n')
    .flatMap((line, index) => (PATTERNS.some((pattern) => pattern.test(line)) ? [index + 1] : []));
}

/** Every code or configuration file under `folder` (recursively), relative to `root`, sorted. */
export function listCodeFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) visit(full);
      } else if (entry.isFile() && CODE_FILE.test(entry.name)) {
        found.push(path.relative(root, full));
      }
    }
  };
  visit(path.join(root, folder));
  return found.sort();
}

/** "file:line" for every reference to the sibling folder in the given files (relative to `root`). */
export function scanForOutsideReferences(root: string, files: string[]): string[] {
  return files.flatMap((file) =>
    findOutsideReferences(readFileSync(path.join(root, file), 'utf8')).map((line) => `${file}:${line}`),
  );
}
