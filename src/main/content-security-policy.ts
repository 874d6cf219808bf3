// The app's Content-Security-Policy, kept in one place: the main process sends it as a header on every
// response and the build writes it into index.html as a meta tag, so the web build is held to it too.
// Nothing remote is ever allowed; the app works on the researcher's own files only.

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

/** The policy of the built app (Electron and web). */
export const CONTENT_SECURITY_POLICY = serialise(STRICT_DIRECTIVES);

/**
 * The policy while `electron-vite dev` serves the page: Vite injects an inline module preamble and inline
 * <style> tags and talks to its server over a websocket, so dev (and only dev) allows those.
 */
export function buildDevContentSecurityPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  const connect = STRICT_DIRECTIVES['connect-src'] ?? [];
  return serialise({
    ...STRICT_DIRECTIVES,
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
