// The citation styles a briefing can use, bundled with the repository (CC BY-SA 3.0, see README.md here):
// Cite Them Right (Harvard), APA 7th and Chicago author-date, and the en-GB and en-US locales they need.
// They are loaded as text, so nothing is fetched at run time.
import apaStyle from './styles/apa.csl?raw';
import chicagoStyle from './styles/chicago-author-date.csl?raw';
import harvardStyle from './styles/harvard-cite-them-right.csl?raw';
import localeGb from './locales/locales-en-GB.xml?raw';
import localeUs from './locales/locales-en-US.xml?raw';
import type { CitationStyleId } from '../document/briefing-document';

export type CitationStyle = { id: CitationStyleId; label: string; locale: 'en-GB' | 'en-US'; csl: string };

export const CITATION_STYLES: readonly CitationStyle[] = [
  { id: 'harvard', label: 'Cite Them Right (Harvard)', locale: 'en-GB', csl: harvardStyle },
  { id: 'apa', label: 'APA 7th edition', locale: 'en-US', csl: apaStyle },
  { id: 'chicago', label: 'Chicago author-date', locale: 'en-US', csl: chicagoStyle },
];

export const DEFAULT_CITATION_STYLE: CitationStyleId = 'harvard';

export function isCitationStyleId(value: string): value is CitationStyleId {
  return CITATION_STYLES.some((style) => style.id === value);
}

export function citationStyle(id: CitationStyleId): CitationStyle {
  return CITATION_STYLES.find((style) => style.id === id) ?? CITATION_STYLES[0]!;
}

const LOCALES: Record<string, string> = { 'en-GB': localeGb, 'en-US': localeUs };

/** The locale tags bundled, each one `retrieveLocale` answers with its own file. */
export const BUNDLED_LOCALES = Object.keys(LOCALES);

/** citeproc asks for locales by tag; anything but en-GB falls back to en-US, which every style can use. */
export function retrieveLocale(lang: string): string {
  return LOCALES[lang] ?? localeUs;
}
