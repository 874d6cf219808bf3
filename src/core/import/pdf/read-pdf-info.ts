// Reads the PDF document information dictionary (Title, Author, Subject, CreationDate) into PdfInfo, and
// PDF dates ("D:20240131120000+01'00'") into ISO dates. Producers often leave junk here (a Word file
// name as the title, "Unknown" as the author), so such values are dropped.
import type { PdfInfo } from './pdf-content';

const PLACEHOLDER = /^(untitled|unknown|anonymous|none|null|-+|\.+)$/i;
const FILE_NAME = /\.(docx?|rtf|odt|pdf|tex|dvi|indd|pages|qxd|pptx?|xlsx?)$/i;

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text || PLACEHOLDER.test(text)) return undefined;
  return text;
}

export function readPdfInfo(raw: Record<string, unknown>): PdfInfo {
  const info: PdfInfo = {};
  const title = clean(raw.Title)?.replace(/^Microsoft (Word|PowerPoint) - /, '');
  if (title && !FILE_NAME.test(title)) info.title = title;
  const author = clean(raw.Author);
  if (author) info.author = author;
  const subject = clean(raw.Subject);
  if (subject) info.subject = subject;
  const created = parsePdfDate(raw.CreationDate);
  if (created) info.creationDate = created;
  return info;
}

/** "D:YYYYMMDDHHmmSS..." to "YYYY-MM-DD" (the day is what a citation needs); undefined if not a date. */
export function parsePdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!match) return undefined;
  const [year, month = '01', day = '01'] = match.slice(1) as [string, string?, string?];
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${month}-${day}`;
}
