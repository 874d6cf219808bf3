import { describe, expect, it } from 'vitest';
import { briefingPdfBytes } from '../../../src/renderer/features/briefing/briefing-pdf-bytes';
import { sampleBriefing } from '../../core/briefing/document/sample-briefing';

describe('briefingPdfBytes', () => {
  it('prints the HTML export on a host that prints', async () => {
    const printed: string[] = [];
    const pdf = new TextEncoder().encode('%PDF-1.7');
    const bytes = await briefingPdfBytes(
      sampleBriefing,
      {
        printPdf: async (html) => {
          printed.push(html);
          return pdf;
        },
      },
      (doc) => `<h1>${doc.title}</h1>`,
    );
    expect(bytes).toBe(pdf);
    expect(printed).toEqual([`<h1>${sampleBriefing.title}</h1>`]);
  });
});
