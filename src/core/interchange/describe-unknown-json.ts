// Why a file that should be annotations (a .jsonld, or JSON given where documents go) is none of the
// formats: its own reason (too large, not UTF-8, not JSON, JSON of another kind) says more than "not an
// evidence bundle" or "cannot import .json". The app and the CLI say the same.
import { readJson } from './read-json';

export function describeUnknownJson(bytes: Uint8Array): string {
  try {
    readJson(bytes, 'a Web Annotation or Hypothesis file');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'It is JSON but neither W3C Web Annotation nor a Hypothesis export.';
}
