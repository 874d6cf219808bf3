import { describe, expect, it } from 'vitest';
import { cspPlugin } from '../../build/csp-plugin';
import {
  buildDevContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
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
