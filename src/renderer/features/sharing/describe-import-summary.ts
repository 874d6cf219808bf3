// The words of an import's preview and of its notice afterwards: what merging a file adds and updates, and
// the warnings to look at before saying yes (deletions of records this library never had, orphans).
import type { ImportSummary } from '../../storage/library-exchange';

const TABLE_WORDS = [
  ['sources', 'source'],
  ['claims', 'claim'],
  ['tags', 'tag'],
  ['researchers', 'researcher'],
  ['briefings', 'briefing'],
] as const;

/** The preview's warnings: what the researcher should look at before saying yes. */
export function describeWarnings(summary: ImportSummary): string[] {
  const warnings: string[] = [];
  if (summary.unknownDeletions > 0) {
    const n = summary.unknownDeletions;
    warnings.push(
      `It deletes ${n} record${n === 1 ? '' : 's'} this library never had. Nothing of yours would be removed, but check that the file comes from someone you work with.`,
    );
  }
  if (summary.orphanedClaims > 0) {
    const n = summary.orphanedClaims;
    warnings.push(
      `${n} claim${n === 1 ? '' : 's'} would not be found in a newer text of ${n === 1 ? 'its' : 'their'} source; ${n === 1 ? 'it' : 'they'} would be kept, listed under "Orphans".`,
    );
  }
  return warnings;
}

/**
 * The import's summary in words: what it did (`done`, the notice after writing) or what it would do
 * (`planned`, the preview, whose warnings say the rest: deletions of unknown records, orphans).
 */
export function describeSummary(summary: ImportSummary, when: 'done' | 'planned' = 'done'): string[] {
  const planned = when === 'planned';
  const list = (key: 'added' | 'updated') => {
    const parts = TABLE_WORDS.map(([table, word]) => {
      const n = summary[table][key];
      return `${n} ${word}${n === 1 ? '' : 's'}`;
    });
    const verb = key === 'added' ? (planned ? 'Adds' : 'Added') : planned ? 'Updates' : 'Updated';
    return `${verb}: ${parts.join(', ')}.`;
  };
  const lines = [list('added'), list('updated')];
  const kept = planned ? 'would be' : summary.conflicts === 1 ? 'was' : 'were';
  lines.push(
    summary.conflicts === 0
      ? 'No conflicting edits.'
      : `${summary.conflicts} conflicting ${summary.conflicts === 1 ? 'edit' : 'edits'} ${kept} kept for review.`,
  );
  if (summary.movedClaims > 0 || (!planned && summary.orphanedClaims > 0)) {
    const words = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;
    lines.push(
      `A newer text of a source arrived: ${words(summary.movedClaims)} ${planned ? 'would move' : 'moved'} to where their quotes are now` +
        (!planned && summary.orphanedClaims > 0
          ? `; ${words(summary.orphanedClaims)} could not be found in it and ${summary.orphanedClaims === 1 ? 'is' : 'are'} listed under "Orphans", kept.`
          : '.'),
    );
  }
  if (!planned && summary.unknownDeletions > 0) {
    const n = summary.unknownDeletions;
    lines.push(
      `It deletes ${n} record${n === 1 ? '' : 's'} this library never had; nothing of yours was removed by ${n === 1 ? 'it' : 'them'}.`,
    );
  }
  if (summary.tagDuplicates > 0) {
    lines.push(
      `${summary.tagDuplicates} pairs of tags share a name; they ${planned ? 'would not be' : 'were not'} merged.`,
    );
  }
  return lines;
}
