// Opens a REFI-QDA codebook (.qdc) from any tool: parsed without entities, in any namespace, its Codes
// read into tags with their tree, colours and descriptions. Sets of codes have no place in the workbench
// and are reported.
import { decodeTextKeepingLineEndings } from '../../text/decode-text';
import type { InterchangeImport, ReadContext, SkippedItem } from '../interchange-format';
import { includeReferences } from './include-references';
import { readCodes } from './read-codes';
import { childNamed, readXmlSafely, XmlReadError } from './read-xml-safely';

export async function readQdc(bytes: Uint8Array, ctx: ReadContext): Promise<InterchangeImport> {
  const refuse = (reason: string) =>
    new Error(`This REFI-QDA codebook (.qdc) cannot be imported: ${reason}.`);
  let root;
  try {
    root = readXmlSafely(decodeTextKeepingLineEndings(bytes));
  } catch (error) {
    if (error instanceof XmlReadError) throw refuse(error.message);
    throw error;
  }
  if (root.name !== 'CodeBook') throw refuse(`it holds a <${root.name}>, not a REFI-QDA <CodeBook>`);
  const skipped: SkippedItem[] = [];
  const tags = readCodes(childNamed(root, 'Codes'), { ...ctx, existing: ctx.existing.tags }, skipped);
  const sets = childNamed(root, 'Sets')?.children.length ?? 0;
  if (sets > 0)
    skipped.push({ what: `${sets} set${sets === 1 ? '' : 's'} of codes`, why: 'the workbench has no sets' });
  const library = { researchers: [], tags, sources: [], claims: [], briefings: [] };
  return { library: includeReferences(library, ctx), skipped };
}
