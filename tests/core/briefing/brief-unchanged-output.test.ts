// The whole-library briefing was made faster (citeproc fed once with the distinct sources, the
// cross-checks grouped instead of compared pair by pair); what it prints must not move by a byte. The
// digests below are of what the briefing writes for these seeded libraries (ambiguous author-years that
// the styles disambiguate, tags shared across sources, conflicts, corroborations and sums), in Markdown
// and HTML and in each citation style, and of the cross-check findings themselves.
//
// Regenerated once, deliberately, when the Cross-checks section began printing each group of conflicting
// claims about one thing once (each value with at most three citations, then "and K more") instead of
// every pair, and corroborations of three or more claims with each value's own citations
// (core/briefing/compose/finding-runs.ts). The findings themselves (the crossChecks digest), the citation
// counts and every other section are as before; tests/core/briefing/compose/cross-check-findings.test.ts
// shows the new print on made-up claims.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { composeBriefing } from '../../../src/core/briefing/compose-briefing';
import { writeHtml } from '../../../src/core/briefing/writers/write-html';
import { writeMarkdown } from '../../../src/core/briefing/writers/write-markdown';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import type { CitationStyleId } from '../../../src/core/briefing/document/briefing-document';
import type { Library } from '../../../src/core/model/records';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const size = { sources: 150, claims: 1_500, sourceChars: 1_500, tags: 30 };

function briefSeeded(library: Library, style: CitationStyleId) {
  const doc = composeBriefing({
    title: 'Briefing note',
    claims: library.claims,
    sources: library.sources,
    tags: library.tags,
    style,
    generatedAt: '2025-09-01T00:00:00.000Z',
  });
  return {
    markdown: sha256(writeMarkdown(doc)),
    html: sha256(writeHtml(doc, { links: 'desktop' })),
    citations: doc.citations.length,
    references: doc.references.length,
  };
}

// Briefings as printed with conflicts grouped; the crossChecks digests are the findings as they always were.
const BEFORE: Record<number, unknown> = {
  1: {
    crossChecks: 'f96ff8ee856a47a5d83c1be4a4b307c23625f49f2ac2abb01a9aeb4dc4a4a196',
    harvard: {
      markdown: '4f24da02011a75e24690b03733de2a75d01ff70bceab8609403799e5e92efafc',
      html: 'f409b0d29fe55a67d48b24cad0b4ed96deda4b6f77d99a84f8c566f5f7680d6e',
      citations: 873,
      references: 150,
    },
    apa: {
      markdown: '4955749a42feb6108fff0b2e9dd2fad705c644b67d171c412398ceae8d706eee',
      html: '9b114c72964fffa32cddd39b636b90ce3d845914278dc348bdb995e3cf20ebf9',
      citations: 873,
      references: 150,
    },
    chicago: {
      markdown: 'dc199ddca767196867a3d1f763fcda0bde59f75364982e17d4c50d114e91e4bc',
      html: '84cb3584319a5c2c52b513c22eed2cc93f7327f6ad526d810bcd5159c1b03f7d',
      citations: 873,
      references: 150,
    },
  },
  2: {
    crossChecks: '183d0a0b816a560c2b632552c39f113befa6e4b240ad1af52d7c4c7dd73cb226',
    harvard: {
      markdown: '93978d6e346a12ed67351bb3ec417f9837d77c2aa73268d31b846f1cd7902161',
      html: 'fc236f1ca4e63c36b41fc518cd04e62a77b2bc689412cbc63642f864063da509',
      citations: 892,
      references: 150,
    },
    apa: {
      markdown: 'afc9eb9d1dbf8d66cad3f3c620e200d467edebb7cd73242149b29efc5665d170',
      html: '9d4b78c6ec24149b30281665110750e4176222fd4cbcd071a47b4770dc1ed13e',
      citations: 892,
      references: 150,
    },
    chicago: {
      markdown: 'ef910986cc73ab72e617bd5dbb5c01c0e2d7355d71097c323045dc87ad2baefd',
      html: '92ade88660efe1a1f9590bb72bc60545114ed2afbe6da6040c0d15831a8eeb6e',
      citations: 892,
      references: 150,
    },
  },
};

describe('whole-library briefing, before and after the speed-up', () => {
  it.each([1, 2])(
    'seed %i prints the same briefing in every style and the same cross-checks',
    (seed) => {
      const library = buildLibrary({ seed, ...size }) as Library;
      const got = {
        crossChecks: sha256(JSON.stringify(findCrossChecks(library.claims, library.sources))),
        harvard: briefSeeded(library, 'harvard'),
        apa: briefSeeded(library, 'apa'),
        chicago: briefSeeded(library, 'chicago'),
      };
      expect(got).toEqual(BEFORE[seed]);
      // Six briefings of 150 sources each through citeproc: generous room on a loaded machine.
    },
    180_000,
  );
});
