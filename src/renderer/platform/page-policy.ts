// What the web page's own Content-Security-Policy lets it connect to. The page is served for one sync
// server (EVIDENCE_SYNC_SERVER, see build/csp-plugin.ts), so settings naming another could never connect:
// the browser keeper refuses them at once, in words, instead of sync looking "offline" for ever.

/** The origins the policy's connect-src names (scheme://host[:port] entries only). */
export function connectOrigins(policy: string): string[] {
  const directive = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  return (directive ?? []).slice(1).filter((source) => /^https?:\/\/[^*]+$/.test(source));
}

/** The meta policy of this page, or undefined when it has none (a dev server). */
export function readPagePolicy(doc: Pick<Document, 'querySelector'>): string | undefined {
  const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  return meta?.getAttribute('content') ?? undefined;
}
