// How a file's size reads in messages ("1 byte", "512 bytes", "1.5 KB", "12 MB", "2.3 GB"): one decimal
// at most, a trailing ".0" dropped, units of 1024. The import limit (app and CLI) and the desktop app's
// open dialog word sizes with this one function.

const UNITS: [number, string][] = [
  [1024 ** 3, 'GB'],
  [1024 ** 2, 'MB'],
  [1024, 'KB'],
];

export function formatSize(bytes: number): string {
  for (const [size, unit] of UNITS) {
    if (bytes >= size) return `${(bytes / size).toFixed(1).replace(/\.0$/, '')} ${unit}`;
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}
