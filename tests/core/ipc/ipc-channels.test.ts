// The IPC contract main and preload share: distinct channel names, and menu commands recognised only
// when they are one of the listed words (a page can be sent anything on a channel).
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, isMenuCommand, MENU_COMMANDS } from '../../../src/core/ipc/ipc-channels';
import { openFilesRequestSchema, saveFileRequestSchema } from '../../../src/core/ipc/ipc-schemas';

describe('IPC contract', () => {
  it('names each channel once', () => {
    const names = Object.values(IPC_CHANNELS);
    expect(new Set(names).size).toBe(names.length);
  });

  it('recognises exactly the listed menu commands', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const other of ['format-disk', { command: 'export-database' }, null, undefined]) {
      expect(isMenuCommand(other)).toBe(false);
    }
  });

  it('accepts well-formed requests and refuses a path posing as a file name or an unknown field', () => {
    expect(
      openFilesRequestSchema.safeParse({ title: 'Open', extensions: ['pdf'], multiple: true }).success,
    ).toBe(true);
    expect(
      openFilesRequestSchema.safeParse({ title: 'Open', extensions: ['.pdf'], multiple: true }).success,
    ).toBe(false);
    const save = { suggestedName: 'briefing.md', bytes: new Uint8Array(2), mimeType: 'text/markdown' };
    expect(saveFileRequestSchema.safeParse(save).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ ...save, suggestedName: '../etc/passwd' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...save, path: '/tmp/x' }).success).toBe(false);
  });
});
