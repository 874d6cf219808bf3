// W3C Web Annotation (JSON-LD), out and in: the interchange format other annotation tools read. See
// write-w3c.ts for what an export holds and read-w3c.ts for what an import accepts; the claims it brings
// are anchored to the library's sources by build-annotation-import.ts.
import type { InterchangeFormat } from '../interchange-format';
import { buildAnnotationImport } from '../annotations/build-annotation-import';
import { peekJson, readJson } from '../read-json';
import { looksLikeW3c, readW3cAnnotations } from './read-w3c';
import { buildAnnotationCollection, PAGE_SIZE } from './write-w3c';

export const w3cFormat: InterchangeFormat = {
  id: 'w3c',
  label: 'Web Annotation (W3C JSON-LD)',
  extension: 'jsonld',
  mimeType: 'application/ld+json',
  detect: (bytes) => looksLikeW3c(peekJson(bytes)),
  write(library, { now }) {
    const collection = buildAnnotationCollection(library, { now });
    // Each page is nested in the one before, so indentation grows with the page number and the text with
    // its square: a large library's export would pass the longest string an engine can make (100,000
    // claims did). Indented for reading up to ten pages; compact (the same JSON) beyond.
    const total = (collection as { total?: number }).total ?? 0;
    const indent = total <= 10 * PAGE_SIZE ? 2 : undefined;
    const text = JSON.stringify(collection, null, indent);
    const { TextEncoder } = globalThis as unknown as CorePlatformGlobals;
    return new TextEncoder().encode(`${text}\n`);
  },
  async read(bytes, context) {
    const data = readJson(bytes, 'a Web Annotation file');
    if (!looksLikeW3c(data)) {
      throw new Error(
        'The file is JSON but not W3C Web Annotation (no Annotation, AnnotationPage or AnnotationCollection).',
      );
    }
    return Promise.resolve(buildAnnotationImport(readW3cAnnotations(data), context, 'w3c'));
  },
};
