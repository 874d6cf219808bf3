// Every REFI-QDA file we write validates against the standard's schema (Project.xsd for the project inside
// a .qdpx, Codebook.xsd for a .qdc), checked by xmllint, as another tool reading it would expect.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { qdcFormat } from '../../../../src/core/interchange/refi-qda/qdc-format';
import { qdpxFormat } from '../../../../src/core/interchange/refi-qda/qdpx-format';
import { validateXml as validate } from './xmllint';
import { CONTEXT, EMPTY_LIBRARY, makeQdaLibrary } from './qda-library';

function projectOf(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['project.qde']!);
}

describe('REFI-QDA exports validate against the standard', () => {
  it('a project with users, nested codes, sources, selections, codings and notes validates', () => {
    const xml = projectOf(qdpxFormat.write!(makeQdaLibrary(), CONTEXT));
    expect(xml).toContain('<PlainTextSelection');
    expect(xml).toContain('<Note ');
    expect(validate(xml, 'Project-mrt2019.xsd')).toEqual({ ok: true, output: '' });
  });

  it('an empty library still makes a valid project', () => {
    expect(validate(projectOf(qdpxFormat.write!(EMPTY_LIBRARY, CONTEXT)), 'Project-mrt2019.xsd').ok).toBe(
      true,
    );
  });

  it('the codebook validates against Codebook.xsd', () => {
    const xml = strFromU8(qdcFormat.write!(makeQdaLibrary(), CONTEXT));
    expect(xml).toContain('<Code ');
    expect(validate(xml, 'Codebook-mrt2019.xsd')).toEqual({ ok: true, output: '' });
  });

  it('the check itself fails a document the schema refuses', () => {
    const xml = projectOf(qdpxFormat.write!(makeQdaLibrary(), CONTEXT)).replace(/ isCodable="true"/, '');
    const verdict = validate(xml, 'Project-mrt2019.xsd');
    expect(verdict.ok).toBe(false);
    expect(verdict.output).toMatch(/isCodable/);
  });
});
