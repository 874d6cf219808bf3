// The one-line citation summary under a source's title: author · publisher · published date · URL, as
// plain text (the URL is never a live link: the app opens nothing remote).
import type { CslMetadata } from '../../../core/model/records';
import { formatDate, formatName } from './source-details';

export function describeMetadata(metadata: CslMetadata): string {
  const authors = (metadata.author ?? []).map(formatName).filter(Boolean);
  const parts = [
    authors.length > 3 ? `${authors.slice(0, 3).join('; ')} et al.` : authors.join('; '),
    metadata.publisher ?? '',
    formatDate(metadata.issued),
    metadata.URL ?? '',
  ];
  return parts.filter(Boolean).join(' · ');
}
