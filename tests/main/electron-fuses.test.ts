// The fuses a packaged app ships with: running the binary as Node, NODE_OPTIONS and --inspect are off, and
// the app loads only from its integrity-checked asar archive.
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { APP_FUSES } from '../../build/electron-fuses';

describe('APP_FUSES', () => {
  it('turns off every way to run the binary as something else', () => {
    expect(APP_FUSES.version).toBe(FuseVersion.V1);
    expect(APP_FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(APP_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(APP_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('loads the app only from its asar archive, checking its integrity', () => {
    expect(APP_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(APP_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });
});
