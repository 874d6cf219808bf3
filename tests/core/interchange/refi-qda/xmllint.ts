// Validates a document against one of the REFI-QDA schemas in tests/fixtures/refi-qda with xmllint (Debian:
// libxml2-utils, installed by .ci/run). The document goes in on stdin, so nothing is written anywhere.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../support/repo-paths';

const schemas = path.join(repoRoot, 'tests/fixtures/refi-qda');

export type Schema = 'Project-mrt2019.xsd' | 'Codebook-mrt2019.xsd';

/** xmllint's verdict: ok with no output, or the errors it printed. */
export function validateXml(xml: string, schema: Schema): { ok: boolean; output: string } {
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', path.join(schemas, schema), '-'], {
      input: xml,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    return { ok: false, output: failure.stderr ?? failure.message };
  }
}
