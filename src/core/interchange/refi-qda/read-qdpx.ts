// Opens a .qdpx from any tool: the package unzipped safely (qdpx-zip.ts), project.qde found in any letter
// case, parsed without entities (read-xml-safely.ts) in whatever namespace the tool used, and read into a
// library (read-project.ts). Every refusal is one message naming what is wrong; nothing is half-read.
import { decodeTextKeepingLineEndings } from '../../text/decode-text';
import type { InterchangeImport, ReadContext } from '../interchange-format';
import { unpackQdpx } from './qdpx-zip';
import { eachElement } from './each-element';
import { readProject } from './read-project';
import { readXmlSafely, XmlReadError, type XmlElement } from './read-xml-safely';

export async function readQdpx(bytes: Uint8Array, ctx: ReadContext): Promise<InterchangeImport> {
  const refuse = (reason: string) =>
    new Error(`This REFI-QDA project (.qdpx) cannot be imported: ${reason}.`);
  let unpacked;
  try {
    unpacked = unpackQdpx(bytes);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
  let root;
  try {
    root = readXmlSafely(decodeTextKeepingLineEndings(unpacked.project));
  } catch (error) {
    if (error instanceof XmlReadError)
      throw refuse(`its project.qde ${error.message.replace(/^it /, 'is refused: it ')}`);
    throw error;
  }
  if (root.name !== 'Project')
    throw refuse(`its project.qde holds a <${root.name}>, not a REFI-QDA <Project>`);
  // Now that the project says which text files it uses, those (and only those) are inflated.
  const texts = referencedFiles(root);
  let files = unpacked.files;
  try {
    if (texts.size > 0) files = unpackQdpx(bytes, texts).files;
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
  // A PDF the project names is inflated only when a source is read from it, one at a time.
  const inflate = (path: string) => {
    try {
      return unpackQdpx(bytes, new Set([path.toLowerCase()])).files.get(path);
    } catch (error) {
      throw refuse(error instanceof Error ? error.message : String(error));
    }
  };
  return readProject(root, files, ctx, ctx.readPdf ? inflate : undefined);
}

/** The package paths (lower case) of every `internal://` text the project refers to, with and without Sources/. */
function referencedFiles(root: XmlElement): Set<string> {
  const paths = new Set<string>();
  eachElement(root, (element) => {
    const internal = /^internal:\/\/(.+)$/i.exec(element.attributes.plainTextPath ?? '')?.[1];
    if (internal) {
      const path = internal.replace(/\\/g, '/').toLowerCase();
      paths.add(path);
      paths.add(`sources/${path}`);
    }
  });
  return paths;
}
