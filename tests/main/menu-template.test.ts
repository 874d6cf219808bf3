import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../src/core/model/platform';
import { buildMenuTemplate, type MenuItemTemplate } from '../../src/main/menu-template';

function labels(items: MenuItemTemplate[]): string[] {
  return items.map((item) => ('label' in item ? item.label : 'role' in item ? `role:${item.role}` : '---'));
}

function submenu(items: MenuItemTemplate[], label: string): MenuItemTemplate[] {
  const found = items.find((item) => 'label' in item && item.label === label);
  if (!found || !('submenu' in found)) throw new Error(`no ${label} menu`);
  return found.submenu;
}

describe('the native menu', () => {
  it('has File and Edit; View only in development', () => {
    const sent: MenuCommand[] = [];
    const release = buildMenuTemplate({
      isDevelopment: false,
      isMac: false,
      sendCommand: (c) => sent.push(c),
    });
    expect(labels(release)).toEqual(['File', 'Edit']);
    expect(labels(submenu(release, 'File'))).toEqual([
      'Import documents…',
      'Export database…',
      '---',
      'role:quit',
    ]);
    expect(labels(submenu(release, 'Edit'))).toEqual([
      'role:undo',
      'role:redo',
      '---',
      'role:cut',
      'role:copy',
      'role:paste',
      'role:selectAll',
    ]);

    const development = buildMenuTemplate({
      isDevelopment: true,
      isMac: false,
      sendCommand: () => undefined,
    });
    expect(labels(submenu(development, 'View'))).toEqual([
      'role:reload',
      'role:forceReload',
      'role:toggleDevTools',
    ]);
  });

  it('sends the import and export commands to the page', () => {
    const sent: MenuCommand[] = [];
    const file = submenu(
      buildMenuTemplate({ isDevelopment: false, isMac: false, sendCommand: (c) => sent.push(c) }),
      'File',
    );
    for (const item of file) if ('click' in item) item.click();
    expect(sent).toEqual(['import-documents', 'export-database']);
  });

  it('on macOS puts Quit in the app menu', () => {
    const mac = buildMenuTemplate({ isDevelopment: false, isMac: true, sendCommand: () => undefined });
    expect(labels(mac)).toEqual(['role:appMenu', 'File', 'Edit']);
    expect(labels(submenu(mac, 'File'))).toEqual(['Import documents…', 'Export database…']);
  });
});
