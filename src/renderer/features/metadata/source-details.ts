// The source details form's fields as text, to and from CSL-JSON metadata. Authors are written one after
// another separated by ";", each as "Family, Given" or a single name (an organisation) kept as a CSL
// literal; the published date is YYYY, YYYY-MM or YYYY-MM-DD and becomes CSL date-parts of that precision;
// the URL must be http(s). Invalid input comes back as one message per field, saying what is wrong.
import { normaliseWebAddress } from '../../../core/model/web-address';
import type { CslDate, CslMetadata, CslName } from '../../../core/model/records';

export type DetailsForm = {
  title: string;
  author: string;
  publisher: string;
  published: string;
  url: string;
};
export type DetailsErrors = Partial<Record<keyof DetailsForm, string>>;
export type ParsedDetails = { ok: true; metadata: CslMetadata } | { ok: false; errors: DetailsErrors };

export function formatName(name: CslName): string {
  if (name.literal) return name.literal;
  return [name.family, name.given].filter(Boolean).join(', ');
}

export function parseNames(text: string): CslName[] {
  return text
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((part) => {
      const comma = part.indexOf(',');
      if (comma < 0) return { literal: part };
      const family = part.slice(0, comma).trim();
      const given = part.slice(comma + 1).trim();
      if (!family) return { literal: given };
      return given ? { family, given } : { family };
    });
}

export function formatDate(date: CslDate | undefined): string {
  if (!date) return '';
  if ('raw' in date) return date.raw;
  const [year, month, day] = date['date-parts'][0] ?? [];
  if (year === undefined) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(year).padStart(4, '0'), month && two(month), month && day && two(day)]
    .filter(Boolean)
    .join('-');
}

/** CSL date-parts of exactly the precision given (a JSON array never holds undefined). */
export function parseDate(
  text: string,
): { ok: true; date: CslDate | undefined } | { ok: false; error: string } {
  const value = text.trim();
  if (!value) return { ok: true, date: undefined };
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return { ok: false, error: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2018-04-30.' };
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, date: { 'date-parts': [[year]] } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, error: `There is no month ${match[2]}: use 01 to 12.` };
  if (match[3] === undefined) return { ok: true, date: { 'date-parts': [[year, month]] } };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { ok: false, error: `${value} is not a date: that month has ${daysInMonth} days.` };
  }
  return { ok: true, date: { 'date-parts': [[year, month, day]] } };
}

export function parseUrl(text: string): { ok: true; url: string | undefined } | { ok: false; error: string } {
  const value = text.trim();
  if (!value) return { ok: true, url: undefined };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, error: 'Enter a full web address starting with http:// or https://.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      error: `Only http:// and https:// addresses can be stored, not ${url.protocol} ones.`,
    };
  }
  // Stored normalised (core's one rule): spaces and angle brackets are percent-encoded, never markup.
  const stored = normaliseWebAddress(value);
  if (!stored) return { ok: false, error: 'Enter a full web address starting with http:// or https://.' };
  return { ok: true, url: stored };
}

export function detailsFromMetadata(metadata: CslMetadata, fallbackTitle: string): DetailsForm {
  return {
    title: metadata.title ?? fallbackTitle,
    author: (metadata.author ?? []).map(formatName).join('; '),
    publisher: metadata.publisher ?? '',
    published: formatDate(metadata.issued),
    url: metadata.URL ?? '',
  };
}

/** The new metadata: the edited fields replace the old ones, everything else (type, accessed) stays. */
export function parseDetails(form: DetailsForm, previous: CslMetadata): ParsedDetails {
  const errors: DetailsErrors = {};
  const title = form.title.trim().replace(/\s+/g, ' ');
  if (!title) errors.title = 'A source needs a title.';
  const date = parseDate(form.published);
  if (!date.ok) errors.published = date.error;
  const url = parseUrl(form.url);
  if (!url.ok) errors.url = url.error;
  if (!date.ok || !url.ok || errors.title) return { ok: false, errors };

  const { author: _author, publisher: _publisher, issued: _issued, URL: _url, ...kept } = previous;
  const metadata: CslMetadata = { ...kept, title };
  const authors = parseNames(form.author);
  if (authors.length > 0) metadata.author = authors;
  const publisher = form.publisher.trim();
  if (publisher) metadata.publisher = publisher;
  if (date.date) metadata.issued = date.date;
  if (url.url) metadata.URL = url.url;
  return { ok: true, metadata };
}
