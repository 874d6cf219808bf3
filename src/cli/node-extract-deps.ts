// The Node side of extractDocument's injected dependencies, shared by every CLI command that extracts:
// linkedom parses HTML (core reads it through the same small DOM view as the browser's DOMParser) and
// mammoth's Node build converts DOCX with the options core fixes in createMammothConverter.
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { createMammothConverter, type DocxConverter } from '../core/import/docx/docx-converter';
import type { DomParser } from '../core/import/extract-document';

export type NodeExtractDeps = { parseHtml: DomParser; convertDocx: DocxConverter };

export function createNodeExtractDeps(): NodeExtractDeps {
  return {
    parseHtml: (html) => parseHTML(html).document as unknown as ReturnType<DomParser>,
    convertDocx: createMammothConverter(mammoth),
  };
}
