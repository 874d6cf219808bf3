// The one set of size limits, shared by the app, the CLI and bundles. A file is limited in bytes, and the
// text it yields in UTF-16 code units (what JavaScript's string length counts). The text limit equals the
// byte limit because UTF-8 and Windows-1252 never decode to more code units than bytes, so a .txt, .md or
// .html within the file limit always gives a text the bundle accepts; DOCX and PDF, being compressed, can
// hold more, and extraction refuses them there rather than make a source no bundle could carry.

const MIB = 1024 * 1024;

export const LIMITS = {
  /** Largest file imported (50 MiB), checked before it is read or decoded. */
  fileBytes: 50 * MIB,
  /** Longest source text in UTF-16 code units: the same number as fileBytes (see above). */
  sourceText: 50 * MIB,
  id: 128,
  shortText: 200,
  title: 2_000,
  url: 4_000,
  description: 10_000,
  note: 100_000,
  statement: 10_000,
  introduction: 1_000_000,
  quote: 200_000,
  context: 1_000,
  names: 1_000,
  tagIdsPerClaim: 1_000,
  pages: 100_000,
  researchers: 10_000,
  tags: 100_000,
  sources: 100_000,
  claims: 1_000_000,
  totalOf: 1_000,
  filterEntries: 100_000,
  briefings: 100_000,
} as const;
