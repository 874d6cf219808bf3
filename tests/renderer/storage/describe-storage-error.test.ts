import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../../src/renderer/storage/describe-storage-error';

describe('describeStorageError', () => {
  it('says the disk is full for a quota error, also when Dexie wraps it', () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    expect(describeStorageError(quota)).toMatch(/^the disk is full/);
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(describeStorageError(wrapped)).toMatch(/^the disk is full/);
  });

  it('keeps any other error’s own message', () => {
    expect(describeStorageError(new Error('Key already exists'))).toBe('Key already exists');
  });
});
