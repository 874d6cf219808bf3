// Writes the codebook alone as a REFI-QDA codebook file (.qdc): the live tags as nested Codes with their
// colours and descriptions, in the codebook namespace, for tools that exchange code systems only.
import type { Tag } from '../../model/records';
import { WRITER_NAME } from './write-project';
import { writeCodes } from './write-codes';
import { writeAttributes } from './xml-text';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** The .qdc document. Throws when there is no live tag: the format requires at least one code. */
export function writeCodebook(tags: Tag[]): string {
  const codes = writeCodes(tags, '  ');
  if (!codes) throw new Error('The library has no tags, so there is no codebook to export.');
  const attributes = writeAttributes([
    ['xmlns', CODEBOOK_NAMESPACE],
    ['origin', WRITER_NAME],
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook${attributes}>\n${codes}</CodeBook>\n`;
}
