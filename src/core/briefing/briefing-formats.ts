// The formats a briefing is written in, named once for the app's Format select, the CLI's --format and
// file extension, and the saved file's type. Which writer produces each is the host's table (the CLI's
// brief-writers.ts, the app's briefing-writers.ts), since Word and PDF need libraries core does not load.

export type BriefingFormat = 'md' | 'html' | 'docx' | 'pdf';

export type BriefingFormatInfo = { id: BriefingFormat; label: string; extension: string; mimeType: string };

export const BRIEFING_FORMATS: readonly BriefingFormatInfo[] = [
  { id: 'md', label: 'Markdown', extension: 'md', mimeType: 'text/markdown' },
  { id: 'html', label: 'HTML', extension: 'html', mimeType: 'text/html' },
  {
    id: 'docx',
    label: 'Word',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  { id: 'pdf', label: 'PDF', extension: 'pdf', mimeType: 'application/pdf' },
];

export function briefingFormat(id: BriefingFormat): BriefingFormatInfo {
  return BRIEFING_FORMATS.find((format) => format.id === id)!;
}

export function isBriefingFormat(value: string): value is BriefingFormat {
  return BRIEFING_FORMATS.some((format) => format.id === value);
}

/** The format a file name asks for by its extension (.md, .markdown, .html, .htm, .docx, .pdf), if any. */
export function formatFromFileName(name: string): BriefingFormat | undefined {
  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'markdown') return 'md';
  if (extension === 'htm') return 'html';
  return extension && isBriefingFormat(extension) ? extension : undefined;
}
