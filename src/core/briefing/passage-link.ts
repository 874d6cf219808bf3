// The one format of a link back from a briefing into the workbench at a passage. The desktop app
// registers `evidence:` links: `evidence://source/<sourceId>#<start>-<end>`; the web build reads its own
// URL hash: `index.html#source=<sourceId>&start=<start>&end=<end>`. Writers build them here, and the app
// parses them here, so the two never drift apart. Offsets are UTF-16 code units into the source's text.

export type PassageRef = { sourceId: string; start: number; end: number };
export type PassageLinkTarget = 'desktop' | 'web';

const SOURCE_ID = /^[A-Za-z0-9._~-]{1,200}$/;

export function buildPassageLink(ref: PassageRef, target: PassageLinkTarget): string {
  if (!isValidRef(ref)) throw new Error('not a passage: the source id or offsets are invalid');
  return target === 'desktop'
    ? `evidence://source/${ref.sourceId}#${ref.start}-${ref.end}`
    : `index.html#source=${ref.sourceId}&start=${ref.start}&end=${ref.end}`;
}

/** Reads either form (or a bare `#source=…` hash); null for anything else. */
export function parsePassageLink(href: string): PassageRef | null {
  const desktop = /^evidence:\/\/source\/([^#/?]+)#(\d{1,10})-(\d{1,10})$/.exec(href);
  if (desktop) return checked(desktop[1]!, desktop[2]!, desktop[3]!);
  const hashAt = href.indexOf('#');
  if (hashAt < 0) return null;
  const page = href.slice(0, hashAt);
  // Only a relative page of ours: no scheme, no host.
  if (page !== '' && !/^\/?(?:[\w.-]+\/)*index\.html$/.test(page)) return null;
  const params = new Map<string, string>();
  for (const pair of href.slice(hashAt + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) params.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const [sourceId, start, end] = [params.get('source'), params.get('start'), params.get('end')];
  if (sourceId === undefined || start === undefined || end === undefined) return null;
  if (!/^\d{1,10}$/.test(start) || !/^\d{1,10}$/.test(end)) return null;
  return checked(sourceId, start, end);
}

function checked(sourceId: string, start: string, end: string): PassageRef | null {
  const ref = { sourceId, start: Number(start), end: Number(end) };
  return isValidRef(ref) ? ref : null;
}

function isValidRef(ref: PassageRef): boolean {
  return (
    SOURCE_ID.test(ref.sourceId) &&
    Number.isSafeInteger(ref.start) &&
    Number.isSafeInteger(ref.end) &&
    0 <= ref.start &&
    ref.start <= ref.end
  );
}
