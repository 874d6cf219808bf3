import { describe, expect, it } from 'vitest';
import { cspPlugin, webPagePolicy, withPagePolicy } from '../../build/csp-plugin';
import {
  buildContentSecurityPolicy,
  buildDevContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  DESKTOP_PAGE_POLICY,
  withContentSecurityPolicy,
} from '../../src/main/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('has exactly the agreed directives', () => {
    expect(Object.fromEntries(policy)).toEqual({
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
    });
  });

  it('never allows eval, inline script or any remote origin; WebAssembly (OCR) only compiles', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('in development allows only the dev server and what Vite injects, never eval', () => {
    const dev = directives(buildDevContentSecurityPolicy('http://localhost:5173/'));
    expect(dev.get('connect-src')).toEqual([
      "'self'",
      'blob:',
      'data:',
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
    expect(dev.get('object-src')).toEqual(["'none'"]);
    expect(buildDevContentSecurityPolicy('http://localhost:5173/')).not.toContain("'unsafe-eval'");
  });

  it('replaces whatever policy a response brought, whatever its header case', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY,
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });

  it('is written into the built index.html first in <head>, and only in builds', () => {
    const plugin = cspPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: () => unknown };
    expect(hook.handler()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
  });
});

describe('the policy with team sync on', () => {
  const strict = directives(CONTENT_SECURITY_POLICY);

  it('adds the sync server to connect-src alone, as its origin', () => {
    const policy = directives(buildContentSecurityPolicy('http://127.0.0.1:5984/inquiry'));
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'http://127.0.0.1:5984']);
    for (const [name, sources] of policy) {
      if (name !== 'connect-src') expect(sources, name).toEqual(strict.get(name));
    }
    expect(directives(buildContentSecurityPolicy('https://couch.example.org/x')).get('connect-src')).toEqual([
      "'self'",
      'blob:',
      'data:',
      'https://couch.example.org',
    ]);
  });

  it('adds nothing for a server the sync rule refuses, or none', () => {
    expect(buildContentSecurityPolicy('http://couch.example.org')).toBe(CONTENT_SECURITY_POLICY);
    expect(buildContentSecurityPolicy('https://x.example.org; script-src *')).not.toContain('script-src *');
    expect(buildContentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('in development adds the sync server beside the dev server', () => {
    const dev = directives(buildDevContentSecurityPolicy('http://localhost:5173/', 'http://127.0.0.1:5984'));
    expect(dev.get('connect-src')).toContain('http://127.0.0.1:5984');
  });

  it("keeps the desktop page's own copy to the kinds of origin the sync rule admits", () => {
    const page = directives(DESKTOP_PAGE_POLICY);
    expect(page.get('connect-src')).toEqual([
      "'self'",
      'blob:',
      'data:',
      'https:',
      'http://127.0.0.1:*',
      'http://localhost:*',
      'http://[::1]:*',
    ]);
    for (const [name, sources] of page) {
      if (name !== 'connect-src') expect(sources, name).toEqual(strict.get(name));
    }
  });

  it('gives the web page the configured server, and refuses to build or serve for one the rule refuses', () => {
    expect(webPagePolicy(undefined)).toBe(CONTENT_SECURITY_POLICY);
    expect(webPagePolicy('http://127.0.0.1:5984')).toBe(buildContentSecurityPolicy('http://127.0.0.1:5984'));
    expect(() => webPagePolicy('http://couch.example.org')).toThrow(/EVIDENCE_SYNC_SERVER.*use https/);
  });

  it("replaces the built page's meta policy when the page is served for a sync server", () => {
    const html = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"><title>x</title></head></html>`;
    const served = withPagePolicy(html, webPagePolicy('http://127.0.0.1:5984'));
    expect(served).toContain('data: http://127.0.0.1:5984;');
    expect(served.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(() => withPagePolicy('<html></html>', CONTENT_SECURITY_POLICY)).toThrow(
      /no Content-Security-Policy/,
    );
  });
});
