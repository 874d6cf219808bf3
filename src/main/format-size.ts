// Sizes in the main process's messages (files refused for their size). File-error wording is not here:
// it is core's describeFileError, shared with the `evidence` command.

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
