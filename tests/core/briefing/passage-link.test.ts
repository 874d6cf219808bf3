// The one link format back into the workbench: built for the desktop app and the web build, read back.
import { describe, expect, it } from 'vitest';
import { buildPassageLink, parsePassageLink } from '../../../src/core/briefing/passage-link';

const ref = { sourceId: 'ab12'.repeat(16), start: 120, end: 134 };

describe('passage links', () => {
  it('builds and parses the desktop and web forms', () => {
    const desktop = buildPassageLink(ref, 'desktop');
    const web = buildPassageLink(ref, 'web');
    expect(desktop).toBe(`evidence://source/${ref.sourceId}#120-134`);
    expect(web).toBe(`index.html#source=${ref.sourceId}&start=120&end=134`);
    expect(parsePassageLink(desktop)).toEqual(ref);
    expect(parsePassageLink(web)).toEqual(ref);
    expect(parsePassageLink(`#source=${ref.sourceId}&start=120&end=134`)).toEqual(ref);
    expect(parsePassageLink(`/app/index.html#end=134&start=120&source=${ref.sourceId}`)).toEqual(ref);
  });

  it('refuses anything else', () => {
    for (const href of [
      'javascript:alert(1)',
      'https://example.org/index.html#source=a&start=1&end=2',
      'evidence://source/a#5-2',
      'evidence://source/<x>#1-2',
      'index.html#source=a&start=-1&end=2',
      'index.html#source=a&start=1',
      'other.html#source=a&start=1&end=2',
      '//evil.example/index.html#source=a&start=1&end=2',
    ]) {
      expect(parsePassageLink(href), href).toBeNull();
    }
    expect(() => buildPassageLink({ sourceId: 'a/b', start: 0, end: 1 }, 'web')).toThrow();
  });
});
