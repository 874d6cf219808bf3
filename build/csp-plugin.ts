// Vite plugins that write the app's Content-Security-Policy into index.html as a meta tag, so the web
// build is held to the same policy the Electron main process sends as a header. The build writes it
// (build only: Vite's dev server injects an inline preamble that a strict policy would block). The web
// build admits the team sync server named by EVIDENCE_SYNC_SERVER, when core's sync rule allows it: at
// build time for a page hosted as files, and again when `vite preview` (npm run web, the e2e tests) serves
// index.html, so a served page follows the server configured where it is served, not where it was built.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseSyncServer } from '../src/core/sync/sync-origin.ts';
import { buildContentSecurityPolicy, CONTENT_SECURITY_POLICY } from '../src/main/content-security-policy.ts';

export function cspPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'evidence-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The web page's policy for the sync server the environment names; throws on a server the rule refuses. */
export function webPagePolicy(syncServer: string | undefined): string {
  if (!syncServer) return CONTENT_SECURITY_POLICY;
  const check = parseSyncServer(syncServer);
  if (!check.ok) throw new Error(`EVIDENCE_SYNC_SERVER=${syncServer} cannot be used: ${check.error}`);
  return buildContentSecurityPolicy(syncServer);
}

const META_POLICY = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;

/** The built page with its meta policy replaced by this one (which holds no quote or angle bracket). */
export function withPagePolicy(html: string, policy: string): string {
  if (!META_POLICY.test(html))
    throw new Error('The built index.html has no Content-Security-Policy meta tag.');
  return html.replace(META_POLICY, (_match, start: string, end: string) => `${start}${policy}${end}`);
}

/** Serves the built index.html under `vite preview` with the sync server's origin admitted. */
export function syncServerPreviewPlugin(syncServer: string | undefined): Plugin {
  const policy = webPagePolicy(syncServer);
  return {
    name: 'evidence-sync-server-policy',
    apply: 'serve',
    configurePreviewServer(server) {
      if (!syncServer) return;
      const index = join(server.config.build.outDir, 'index.html');
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split(/[?#]/)[0];
        if (request.method !== 'GET' || (path !== '/' && path !== '/index.html')) return next();
        readFile(index, 'utf8').then((html) => {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(withPagePolicy(html, policy));
        }, next);
      });
    },
  };
}
