// Turns file-system errors into sentences a researcher can act on, naming the file concerned.

const REASONS: Record<string, string> = {
  ENOENT: 'it no longer exists',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
  EISDIR: 'it is a folder',
  EBUSY: 'another program is using it',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many files are open',
};

export function describeFileError(action: string, name: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    typeof code === 'string' && REASONS[code]
      ? REASONS[code]
      : error instanceof Error
        ? error.message
        : String(error);
  return `Could not ${action} "${name}": ${reason}.`;
}

/** A size as people read it: 512 bytes, 3.4 KB, 12 MB. */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}
