// Builds the Source record for an extracted file. The id is the SHA-256 of the original bytes, so the same
// file imported on two laptops (by any version of the app) is one source; textHash spots the same text
// arriving in another file. The extractor version records which text definition produced the text.

import { sha256Hex } from '../text/hash';
import { EXTRACTOR_VERSIONS } from '../text/text-definition';
import type { ExtractedDocument, ImportFile } from './extract-document';
import type { Source } from '../model/records';

export async function createSource(
  file: ImportFile,
  extracted: ExtractedDocument,
  ctx: { researcherId: string; now: string },
): Promise<Source> {
  const source: Source = {
    id: await sha256Hex(file.bytes),
    textHash: await sha256Hex(extracted.text),
    title: extracted.title,
    format: extracted.format,
    fileName: file.name,
    extractorVersion: extracted.extractorVersion ?? extractorVersionOf(extracted.format),
    metadata: { ...extracted.metadata, accessed: toCslDate(ctx.now) },
    text: extracted.text,
    importedAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.researcherId,
    deleted: false,
  };
  if (extracted.pages) source.pages = extracted.pages;
  return source;
}

function extractorVersionOf(format: Source['format']): string {
  const versions: Partial<Record<Source['format'], string>> = EXTRACTOR_VERSIONS;
  const version = versions[format];
  if (!version) throw new Error(`No extractor version is defined for the ${format} format.`);
  return version;
}

/** The day of an ISO time as CSL date-parts (the accessed date of a citation is a day). */
function toCslDate(iso: string): { 'date-parts': [number, number?, number?][] } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`Expected an ISO 8601 time for "now", got "${iso}".`);
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}
