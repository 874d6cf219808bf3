// Reading an interchange file the one way the app and the CLI both do: the format's reader, then the
// bundle's own refusal of records stamped more than a day ahead (a foreign file's `modified` from the
// future would win every merge until then). The result then goes through the bundle's merge and checks.
import { findFutureStamp } from '../exchange/future-stamps';
import type { InterchangeFormat, InterchangeImport, ReadContext } from './interchange-format';

export async function readInterchange(
  format: InterchangeFormat,
  bytes: Uint8Array,
  context: ReadContext,
): Promise<InterchangeImport> {
  if (!format.read) throw new Error(`${format.label} files can be exported, not imported.`);
  const read = await format.read(bytes, context);
  const future = findFutureStamp(read.library, context.now);
  if (future) throw new Error(future.replace('a bundle from the future', 'a file from the future'));
  return read;
}
