// Hypothesis's export JSON, in only: its highlights and annotations become quote claims on the library's
// sources (anchored by page address, then by quote), with their comments as notes and their tags as tags.
import { buildAnnotationImport } from '../annotations/build-annotation-import';
import type { InterchangeFormat } from '../interchange-format';
import { peekJson, readJson } from '../read-json';
import { hypothesisRows, readHypothesisAnnotations } from './read-hypothesis';

export const hypothesisFormat: InterchangeFormat = {
  id: 'hypothesis',
  label: 'Hypothesis export (JSON)',
  extension: 'json',
  mimeType: 'application/json',
  detect: (bytes) => hypothesisRows(peekJson(bytes)) !== undefined,
  async read(bytes, context) {
    const rows = hypothesisRows(readJson(bytes, 'a Hypothesis export'));
    if (!rows)
      throw new Error('The file is JSON but not a Hypothesis export (it has no list of annotations).');
    return Promise.resolve(buildAnnotationImport(readHypothesisAnnotations(rows), context, 'hypothesis'));
  },
};
