// The database schema as the app had it at each earlier version (1 to 7), kept here as it was, so the
// upgrade tests write a library the way an older app did and open it with today's.
import { Dexie } from 'dexie';

export class PreviousDatabase extends Dexie {
  constructor(name: string, upTo: 1 | 2 | 3 | 4 | 5 | 6 | 7) {
    super(name);
    this.version(1).stores({
      sources: 'id, textHash, updatedAt',
      claims: 'id, sourceId, kind, updatedAt',
      tags: 'id, name, updatedAt',
      researchers: 'id',
      conflicts: 'id, detectedAt',
      settings: 'key',
    });
    if (upTo >= 2) this.version(2).stores({ suggestionScores: 'id' });
    if (upTo >= 3) this.version(3).stores({ originals: 'sourceId' });
    if (upTo >= 4) this.version(4).stores({ briefings: 'id, updatedAt' });
    // Version 5: the filters' indexes; a source's text still inside its record.
    if (upTo >= 5)
      this.version(5).stores({
        sources: 'id, textHash, updatedAt, format',
        claims: 'id, sourceId, kind, status, *tagIds, updatedAt, [sourceId+status], [status+updatedAt]',
      });
    // Version 6: a source's text in a table of its own; claims not yet indexed by where they start.
    if (upTo >= 6) this.version(6).stores({ sourceTexts: 'id' });
    // Version 7: claims by where they start (each stored claim holds its `textStart`).
    if (upTo >= 7)
      this.version(7).stores({
        claims:
          'id, sourceId, kind, status, *tagIds, updatedAt, [sourceId+status], [status+updatedAt], [sourceId+textStart]',
      });
  }
}
