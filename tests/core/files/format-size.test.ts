// One way a size reads, in the import refusal (app and CLI) and the desktop open dialog.
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../src/core/files/format-size';
import { tooLargeError } from '../../../src/core/import/import-error';

describe('formatSize', () => {
  it('reads bytes, KB, MB and GB with one decimal at most', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(1000)).toBe('1000 bytes');
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3 MB');
    expect(formatSize(12.34 * 1024 * 1024)).toBe('12.3 MB');
    expect(formatSize(2.5 * 1024 ** 3)).toBe('2.5 GB');
  });

  it('words the import refusal with the file’s size and the limit', () => {
    const error = tooLargeError('huge.txt', 80 * 1024 * 1024, 50 * 1024 * 1024);
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('"huge.txt" is 80 MB; files over 50 MB cannot be imported.');
  });
});
