// Where the app's own page lives (the built index.html, or the dev server in `electron-vite dev`) and the
// tests every security decision makes against it: is this URL our page, is this request allowed out.
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type AppLocation =
  { kind: 'file'; indexPath: string; rendererDir: string } | { kind: 'dev-server'; url: string };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function filePathOf(url: URL): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

/**
 * Where the window's page comes from. Only a development build (`electron-vite dev`, where the bundler
 * sets `devBuild`) may load a dev server named by ELECTRON_RENDERER_URL, and only on this machine; every
 * other start, packaged or not, loads the built files, whatever the environment says.
 */
export function resolveAppLocation(options: {
  devBuild: boolean;
  devUrl: string | undefined;
  rendererDir: string;
  join: (dir: string, name: string) => string;
}): AppLocation {
  const { devBuild, devUrl, rendererDir, join } = options;
  const url = devBuild && devUrl ? parse(devUrl) : null;
  if (url && url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    return { kind: 'dev-server', url: url.href };
  }
  return { kind: 'file', indexPath: join(rendererDir, 'index.html'), rendererDir };
}

/** The URL the window loads. */
export function appUrlOf(location: AppLocation): string {
  return location.kind === 'file' ? pathToFileURL(location.indexPath).href : location.url;
}

/** True when the URL is the app's own page (any hash or query), the only page allowed to use IPC. */
export function isAppPageUrl(url: string, location: AppLocation): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.kind === 'dev-server') return parsed.origin === new URL(location.url).origin;
  return parsed.protocol === 'file:' && filePathOf(parsed) === location.indexPath;
}

const REMOTE_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * Whether the page may make this request. Network requests go nowhere except the team sync server's
 * origin (when one is configured; `syncOrigin` comes from core's sync rule) and the dev server; file
 * requests stay inside the built renderer folder, so a crafted document cannot read other files on disk.
 * Other schemes (data:, blob:, devtools:) never leave the process.
 */
export function isRequestAllowed(url: string, location: AppLocation, syncOrigin?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (REMOTE_PROTOCOLS.has(parsed.protocol)) {
    if (syncOrigin !== undefined && parsed.origin === syncOrigin) return true;
    if (location.kind !== 'dev-server') return false;
    const dev = new URL(location.url);
    return parsed.hostname === dev.hostname && parsed.port === dev.port;
  }
  if (parsed.protocol === 'file:') {
    if (location.kind !== 'file') return false;
    const path = filePathOf(parsed);
    return path !== null && path.startsWith(location.rendererDir + sep);
  }
  return true;
}
