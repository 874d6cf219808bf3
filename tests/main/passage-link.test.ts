import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, type PassageTarget } from '../../src/core/ipc/ipc-channels';
import { findPassageLink, handlePassageLink } from '../../src/main/passage-link';
import { readPassageUrl } from '../../src/main/read-passage-url';

function recorder(parse: (url: string) => PassageTarget | null = readPassageUrl) {
  const sent: [string, PassageTarget][] = [];
  const logged: string[] = [];
  const deps = {
    parse,
    sendToWindow: (channel: string, payload: PassageTarget) => sent.push([channel, payload]),
    log: (message: string) => logged.push(message),
  };
  return { deps, sent, logged };
}

describe('handlePassageLink', () => {
  it('sends the passage of a valid link to the window', () => {
    const { deps, sent, logged } = recorder();
    expect(handlePassageLink('evidence://source/src-42#120-168', deps)).toBe(true);
    expect(sent).toEqual([[IPC_CHANNELS.openPassage, { sourceId: 'src-42', start: 120, end: 168 }]]);
    expect(logged).toEqual([]);
  });

  it.each([
    'evidence://source/src-42',
    'evidence://source/src-42#168-120',
    'evidence://claims/src-42#1-2',
    'https://example.com/#1-2',
    'evidence://source/#1-2',
    'not a url',
  ])('ignores %s, sending nothing', (url) => {
    const { deps, sent, logged } = recorder();
    expect(handlePassageLink(url, deps)).toBe(false);
    expect(sent).toEqual([]);
    expect(logged).toHaveLength(1);
  });

  it('checks what the parser gives before sending it on', () => {
    const bad = [
      { sourceId: '', start: 1, end: 2 },
      { sourceId: 'a', start: -1, end: 2 },
      { sourceId: 'a', start: 1.5, end: 2 },
      { sourceId: 'a', start: 1, end: 2, extra: 'x' },
    ] as PassageTarget[];
    for (const target of bad) {
      const { deps, sent } = recorder(() => target);
      expect(handlePassageLink('evidence://source/a#1-2', deps)).toBe(false);
      expect(sent).toEqual([]);
    }
    const { deps, sent } = recorder(() => {
      throw new Error('malformed');
    });
    expect(handlePassageLink('evidence://x', deps)).toBe(false);
    expect(sent).toEqual([]);
  });
});

describe('findPassageLink', () => {
  it('finds the link among the arguments a second instance or a cold start gets', () => {
    expect(findPassageLink(['/opt/evidence/evidence', '--no-sandbox', 'evidence://source/a#1-2'])).toBe(
      'evidence://source/a#1-2',
    );
    expect(findPassageLink(['/opt/evidence/evidence', '.'])).toBeUndefined();
  });
});

describe('readPassageUrl', () => {
  it('refuses a source id that is not one of ours (ids are never escaped), and page links', () => {
    expect(readPassageUrl('evidence://source/a%20b%2Fc#0-5')).toBeNull();
    expect(readPassageUrl('index.html#source=abc&start=0&end=5')).toBeNull();
    expect(readPassageUrl('evidence://source/abc#0-5')).toEqual({ sourceId: 'abc', start: 0, end: 5 });
  });
});
