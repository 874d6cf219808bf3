// The database upgrade to model version 2: claims stored before claims had a statement get one, the
// sentence of their source that holds the passage (core's deriveStatement, as a v1 bundle's claims do when
// imported). Claims are read source by source, so only one source's text is in memory at a time. The
// upgrade changes no version stamp: filling in a default is not an edit that should win a merge.
import type { Table } from 'dexie';
import { deriveStatement } from '../../core/suggest/derive-statement';
import type { Claim, Source } from '../../core/model/records';

type OldClaim = Omit<Claim, 'statement'> & { statement?: string };

export async function fillStatements(claims: Table<OldClaim, string>, sources: Table<Source, string>) {
  const lacking = (await claims.toArray()).filter((c) => typeof c.statement !== 'string');
  const bySource = new Map<string, OldClaim[]>();
  for (const claim of lacking) bySource.set(claim.sourceId, [...(bySource.get(claim.sourceId) ?? []), claim]);
  for (const [sourceId, group] of bySource) {
    const text = (await sources.get(sourceId))?.text;
    await claims.bulkPut(
      group.map((claim) => {
        const { start, end } = claim.target.selector[1];
        return { ...claim, statement: text === undefined ? '' : deriveStatement(text, start, end) };
      }),
    );
  }
}
