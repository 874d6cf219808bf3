// The export file's name, dated with the local calendar day: evidence-library-YYYY-MM-DD.json (or the
// chosen format's extension).
export function exportFileName(date: Date, extension = 'json'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `evidence-library-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
