// File-error wording shared by the desktop app and the CLI: each code a researcher can meet has its
// reason; anything else falls back to the first line of the error's own message.
import { describe, expect, it } from 'vitest';
import { describeFileError, describeFileErrorReason } from '../../../src/core/files/describe-file-error';

const withCode = (code: string) => Object.assign(new Error(`${code}: raw message, open '/x'`), { code });

describe('describeFileErrorReason', () => {
  it.each([
    ['ENOENT', 'no such file or folder'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'it is a folder'],
    ['ENOTDIR', 'a part of the path is not a folder'],
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EMFILE', 'too many files are open'],
    ['EBUSY', 'another program is using it'],
  ])('words %s as "%s"', (code, reason) => {
    expect(describeFileErrorReason(withCode(code))).toBe(reason);
  });

  it('falls back to the first line of an unknown error, and never to an inherited property', () => {
    expect(describeFileErrorReason(Object.assign(new Error('EWEIRD: odd\nstack'), { code: 'EWEIRD' }))).toBe(
      'EWEIRD: odd',
    );
    expect(describeFileErrorReason(Object.assign(new Error('boom'), { code: 'toString' }))).toBe('boom');
    expect(describeFileErrorReason('plain text')).toBe('plain text');
    expect(describeFileErrorReason(null)).toBe('null');
  });
});

describe('describeFileError', () => {
  it('names the action and the file', () => {
    expect(describeFileError('save', 'library.json', withCode('ENOSPC'))).toBe(
      'Could not save "library.json": the disk is full.',
    );
  });
});
