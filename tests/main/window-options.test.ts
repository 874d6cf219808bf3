import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import electronViteConfig from '../../electron.vite.config';
import { buildWindowOptions, resolvePreloadPath, resolveRendererDir } from '../../src/main/window-options';

const root = resolve('.');

describe('the window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security', () => {
    const { webPreferences } = buildWindowOptions({ preload: '/app/out/preload/index.cjs' });
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('opens at 1400x900 and cannot shrink below a usable size', () => {
    const options = buildWindowOptions({ preload: 'p', icon: '/i.png' });
    expect([options.width, options.height]).toEqual([1400, 900]);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.icon).toBe('/i.png');
    expect('icon' in buildWindowOptions({ preload: 'p' })).toBe(false);
  });

  it('points at the CommonJS preload and the page that electron-vite emits beside the main bundle', () => {
    const mainDir = join(root, 'out', 'main');
    expect(resolvePreloadPath(mainDir)).toBe(join(root, 'out', 'preload', 'index.cjs'));
    expect(resolveRendererDir(mainDir)).toBe(join(root, 'out', 'renderer'));

    // The build config really does emit those names, in those folders.
    const config = electronViteConfig as {
      main: { build: { outDir: string } };
      preload: {
        build: { outDir: string; rollupOptions: { output: { format: string; entryFileNames: string } } };
      };
      renderer: { build: { outDir: string } };
    };
    expect(config.main.build.outDir).toBe('out/main');
    expect(config.preload.build.outDir).toBe('out/preload');
    expect(config.preload.build.rollupOptions.output).toEqual({
      format: 'cjs',
      entryFileNames: '[name].cjs',
    });
    expect(config.renderer.build.outDir).toBe('out/renderer');
  });
});
