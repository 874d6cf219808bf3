// Loads a labelled set from disk for the scorer: a folder of documents (NAME.txt), a folder of gold labels
// (NAME.gold.json) and an IGNORE.json. The gold files decide which documents are scored, in name order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledDocument } from './score-suggestions';
import type { GoldLabels, IgnoreList } from './scoring-types';

export type LabelledSet = { documents: string; gold: string; ignore: string };

/** Every document that has a gold file, with its text, in the order of the gold file names. */
export function readLabelledDocuments(set: LabelledSet): LabelledDocument[] {
  return readdirSync(set.gold)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(set.gold, name), 'utf8')) as GoldLabels;
      return { labels, text: readFileSync(join(set.documents, labels.document), 'utf8') };
    });
}

export function readIgnoreList(file: string): IgnoreList {
  return JSON.parse(readFileSync(file, 'utf8')) as IgnoreList;
}
