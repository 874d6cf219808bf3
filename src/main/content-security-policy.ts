// The app's Content-Security-Policy, kept in one place: the main process sends it as a header on every
// response and the build writes it into index.html as a meta tag, so the web build is held to it too.
// Nothing remote is allowed but the team sync server the researcher configured (connect-src only, and
// only an origin core's sync rule admits); the app otherwise works on the researcher's own files only.
import { syncOriginOf } from './sync-door';

type Directives = Record<string, string[]>;

// style-src allows inline styles: imported HTML is parsed with DOMParser under this policy, and Chromium
// reports every `style` attribute and <style> element of such a page as a violation even though the parsed
// document is never rendered. Inline CSS cannot fetch anything here (img-src, font-src and connect-src admit
// no remote origin), and scripts stay strictly 'self', so this costs no protection that matters.
//
// script-src allows 'wasm-unsafe-eval': OCR's engine (Tesseract) is WebAssembly, compiled from the app's own
// files in its worker. It lets WebAssembly be compiled, nothing more: eval and new Function stay refused,
// and scripts still come only from the app.
const STRICT_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
};

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** connect-src with the sync server's origin added, when there is one the rule admits. */
function withSyncOrigin(directives: Directives, syncServer: string | undefined): Directives {
  const origin = syncOriginOf(syncServer);
  if (!origin) return directives;
  return { ...directives, 'connect-src': [...(directives['connect-src'] ?? []), origin] };
}

/** The policy of the built app (Electron and web) with no sync server configured. */
export const CONTENT_SECURITY_POLICY = serialise(STRICT_DIRECTIVES);

/** The policy of the built app that may also reach this sync server (its origin, nothing else). */
export function buildContentSecurityPolicy(syncServer?: string): string {
  return serialise(withSyncOrigin(STRICT_DIRECTIVES, syncServer));
}

/**
 * The meta tag of the desktop app's page. The sync server is chosen at run time, and a meta policy cannot
 * be widened after load (policies only intersect), so the page's own copy admits the kind of origin the
 * sync rule allows (https, loopback http) for connect-src; the header that main sends with every response
 * (buildContentSecurityPolicy) narrows that to the one configured origin, and main's request filter
 * cancels anything else before it leaves the process.
 */
export const DESKTOP_PAGE_POLICY = serialise({
  ...STRICT_DIRECTIVES,
  'connect-src': [
    ...(STRICT_DIRECTIVES['connect-src'] ?? []),
    'https:',
    'http://127.0.0.1:*',
    'http://localhost:*',
    'http://[::1]:*',
  ],
});

/**
 * The policy while `electron-vite dev` serves the page: Vite injects an inline module preamble and inline
 * <style> tags and talks to its server over a websocket, so dev (and only dev) allows those.
 */
export function buildDevContentSecurityPolicy(devServerUrl: string, syncServer?: string): string {
  const origin = new URL(devServerUrl);
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  const strict = withSyncOrigin(STRICT_DIRECTIVES, syncServer);
  const connect = strict['connect-src'] ?? [];
  return serialise({
    ...strict,
    'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': [...connect, origin.origin, socket],
  });
}

type ResponseHeaders = Record<string, string[] | string>;

/** Returns the response headers with our policy in place of any the response brought. */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  policy: string,
): ResponseHeaders {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}
