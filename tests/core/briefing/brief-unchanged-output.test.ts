// The whole-library briefing was made faster (citeproc fed once with the distinct sources, the
// cross-checks grouped instead of compared pair by pair); what it prints must not move by a byte. The
// digests below are of what the code before those changes wrote for these seeded libraries (ambiguous
// author-years that the styles disambiguate, tags shared across sources, conflicts, corroborations and
// sums), in Markdown and HTML and in each citation style, and of the cross-check findings themselves.
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

// Computed with the briefing code as it was before (citeproc per passage, cross-checks pair by pair).
const BEFORE: Record<number, unknown> = {
  1: {
    crossChecks: 'f96ff8ee856a47a5d83c1be4a4b307c23625f49f2ac2abb01a9aeb4dc4a4a196',
    harvard: {
      markdown: 'a8094fb8eae1c04a5452b05221b346a562d19994bf5710138ac24c44a99ff8a0',
      html: 'ddc0c1963dbf4c737587f5a70e1e0247389ae7b083b788cfd4e8de614331b263',
      citations: 873,
      references: 150,
    },
    apa: {
      markdown: 'c53fa7cfeecc1c7b25ac87906d2937e462204372678e0eae192ef9027e56bc9a',
      html: 'be3e1a5cae10fafd4981c149a5831c0b7bcb48531a5fde8243f4f2715d370c97',
      citations: 873,
      references: 150,
    },
    chicago: {
      markdown: 'efc1f3cc92ee3a752855e7c26a5099882b8cb8f9835ba849296aab6c142e829f',
      html: '3cf4bd99cacc48af9895b987819b8934f4b206ed585c59c92039e704a9f9bf2c',
      citations: 873,
      references: 150,
    },
  },
  2: {
    crossChecks: '183d0a0b816a560c2b632552c39f113befa6e4b240ad1af52d7c4c7dd73cb226',
    harvard: {
      markdown: '46f5c266b71dd89130b8259966c0134f1de5320c5442e554fcb357a115310336',
      html: 'a3ddc523f4cf139fedabe33fbf83369e4185723323650ef3f9980239abd1c370',
      citations: 892,
      references: 150,
    },
    apa: {
      markdown: '011b97401d6351f0441d413e4ccdda4baa0d01b1810752208a9ce3eeef286753',
      html: '06b55abfe37f9973d6a6cdf2363af03cb66d0db8787a85fc9cc92b93c80b0667',
      citations: 892,
      references: 150,
    },
    chicago: {
      markdown: 'f5502eac079ec4b5170c2748de78aadbec6e8064c8c4fb79843fcd44264a99d5',
      html: '08af20dcc4348905117408273a6bed7f2de680fafcac698a2419acfab66edba3',
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
