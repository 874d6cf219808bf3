// Opens the served workbench in the user's default browser, where that makes sense: xdg-open on Linux and
// other Unix desktops, `open` on macOS, `start` on Windows, or the program named by $BROWSER. Never in CI,
// never without a display, never with BROWSER=none. Opening is a courtesy: the address is always printed,
// and a browser that fails to open is not an error.
import { spawn } from 'node:child_process';

/** Whether the environment says it is a CI run (CI set to anything but "", "0" or "false"). */
export function isCi(env = process.env) {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** Windows and macOS always have a desktop; elsewhere a window needs an X11 or Wayland display. */
export function hasGraphicalDisplay(platform = process.platform, env = process.env) {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * How to open `url` here: `{ command, args, verbatim }` to run, or `{ skip }` saying why not. `verbatim`
 * asks Node to pass the Windows arguments unquoted, as `start` needs its empty window title as "".
 */
export function chooseBrowserOpener(url, platform = process.platform, env = process.env) {
  if (isCi(env)) return { skip: 'this is a CI run' };
  const browser = (env.BROWSER ?? '').trim();
  if (browser.toLowerCase() === 'none') return { skip: 'BROWSER=none' };
  if (!hasGraphicalDisplay(platform, env)) return { skip: 'there is no graphical display' };
  if (browser) return { command: browser, args: [url], verbatim: false };
  if (platform === 'darwin') return { command: 'open', args: [url], verbatim: false };
  if (platform === 'win32') return { command: 'cmd', args: ['/d', '/c', 'start', '""', url], verbatim: true };
  return { command: 'xdg-open', args: [url], verbatim: false };
}

/**
 * Runs the opener detached and silent, so it neither prints over the address nor keeps this process alive.
 * Returns false when it could not even be started; a later failure (no browser installed) is ignored.
 */
export function openBrowser(opener, spawnChild = spawn) {
  try {
    const child = spawnChild(opener.command, opener.args, {
      stdio: 'ignore',
      detached: true,
      windowsVerbatimArguments: opener.verbatim,
    });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
