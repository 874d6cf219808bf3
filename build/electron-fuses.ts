// The Electron fuses a packaged app is shipped with: switches compiled into the Electron binary that no
// environment variable or command-line flag can turn back on. They close the ways a local attacker could
// run the app's binary as a plain Node (RunAsNode), inject code through NODE_OPTIONS or --inspect, or swap
// the app's code outside its signed asar archive. Packaging calls `flipAppFuses` on the binary it ships.
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

export const APP_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Cookies are not used, but an app that never needs them in clear text keeps them encrypted too.
  [FuseV1Options.EnableCookieEncryption]: true,
  // Nothing of ours loads from file:// with extra privileges beyond the built page.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

/** Flips the app's fuses on a packaged Electron binary (the .exe, the .app, or the Linux executable). */
export async function flipAppFuses(electronBinary: string): Promise<void> {
  await flipFuses(electronBinary, { ...APP_FUSES, resetAdHocDarwinSignature: process.platform === 'darwin' });
}
