// Before a briefing is exported, the citations whose quote could not be found again exactly in the
// source's stored text, described for the researcher (app confirm step, CLI stderr). Export still goes on
// when they choose; those citations are then marked "unverified" in every format.
import type { BriefingDocument } from './document/briefing-document';

export type UnverifiedQuote = {
  n: number;
  claimId: string;
  sourceId: string;
  quote: string;
  description: string;
};

export function checkQuotes(doc: BriefingDocument): UnverifiedQuote[] {
  return doc.citations
    .filter((citation) => !citation.verified)
    .map((citation) => {
      const reference = doc.references[citation.reference];
      const where = reference ? reference.text : `source ${citation.sourceId} (not in the library)`;
      const quote = citation.quote.replace(/\s+/g, ' ').trim();
      const shown = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
      return {
        n: citation.n,
        claimId: citation.claimId,
        sourceId: citation.sourceId,
        quote: citation.quote,
        description: `[${citation.n}] “${shown}” is no longer found exactly in ${where}`,
      };
    });
}
