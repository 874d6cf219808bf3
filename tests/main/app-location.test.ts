// Which page the window loads: the built files, unless this is a development build and the dev server is
// on this machine. A built app (packaged or started with `npm start`) ignores ELECTRON_RENDERER_URL.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppLocation } from '../../src/main/app-location';

const rendererDir = '/opt/evidence/out/renderer';
const built = { kind: 'file', indexPath: join(rendererDir, 'index.html'), rendererDir };

describe('resolveAppLocation', () => {
  it('loads the built page in a built app, whatever ELECTRON_RENDERER_URL says', () => {
    for (const devUrl of ['http://localhost:5173/', 'https://evil.example/', undefined]) {
      expect(resolveAppLocation({ devBuild: false, devUrl, rendererDir, join })).toEqual(built);
    }
  });

  it('loads the dev server in a development build when it is on this machine', () => {
    expect(
      resolveAppLocation({ devBuild: true, devUrl: 'http://localhost:5173', rendererDir, join }),
    ).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/' });
    expect(
      resolveAppLocation({ devBuild: true, devUrl: 'http://127.0.0.1:5173/', rendererDir, join }).kind,
    ).toBe('dev-server');
  });

  it('refuses a dev server elsewhere, or not over plain loopback http, even in a development build', () => {
    for (const devUrl of [
      'https://evil.example/',
      'http://10.0.0.2:5173/',
      'file:///tmp/x.html',
      'not a url',
    ]) {
      expect(resolveAppLocation({ devBuild: true, devUrl, rendererDir, join })).toEqual(built);
    }
  });
});
