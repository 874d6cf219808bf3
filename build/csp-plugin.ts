// A Vite plugin that writes the app's Content-Security-Policy into the built index.html as a meta tag, so
// the web build is held to the same policy the Electron main process sends as a header. Build only:
// Vite's dev server injects an inline preamble that a strict policy would block.
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/main/content-security-policy.ts';

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
