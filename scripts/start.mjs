// `npm start`: builds the desktop app and opens it in Electron. Where Electron's binary is missing (its
// download is blocked behind strict proxies and on our CI machines) or it cannot open a window, it says
// so plainly and serves the same app in the browser instead, warning that the two keep separate libraries.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasGraphicalDisplay } from './open-browser.mjs';
import { buildAndServeWeb, repoRoot, runChild, runIfMain } from './web.mjs';

/**
 * Finds Electron's executable the way node_modules/electron/index.js does, without its side effect:
 * requiring that file starts a download when the binary is missing, which hangs or fails offline.
 */
export function detectElectronBinary(electronDir, env = process.env) {
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { available: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !executable) {
    return {
      available: false,
      reason: 'its binary was never downloaded (node_modules/electron/path.txt is missing)',
    };
  }
  const binary = override ? join(override, executable || 'electron') : join(electronDir, 'dist', executable);
  return existsSync(binary)
    ? { available: true, path: binary }
    : { available: false, reason: `its binary is missing (${binary} does not exist)` };
}

/** Electron needs a display server on Linux; without one it exits at once. */
export function detectDisplay(platform = process.platform, env = process.env) {
  if (hasGraphicalDisplay(platform, env)) return { available: true };
  return {
    available: false,
    reason: 'there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)',
  };
}

export function describeFallback(reason) {
  return [
    '',
    "The desktop app cannot start: Electron's binary is not available on this machine or cannot run here.",
    `Reason: ${reason}.`,
    "This happens behind a strict proxy that blocks Electron's download, and on CI machines.",
    'Opening the app in your browser instead.',
    '',
    "WARNING: the browser keeps its own library, separate from the desktop app's. Your documents and claims",
    'do not move between them by themselves: use Export database in one and Import database in the other.',
    '',
  ].join('\n');
}

const BROWSER_REMINDER =
  "Remember: this browser library is separate from the desktop app's (move work with Export/Import database).";

// An Electron that fails within this long (e.g. a missing system library) counts as "could not start".
const QUICK_FAILURE_MS = 5000;

async function launchElectron(binary) {
  const buildStarted = Date.now();
  console.log('Building the desktop app…');
  const electronVite = join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = await runChild(process.execPath, [electronVite, 'build'], { quiet: true });
  if (built.code !== 0) {
    console.error(built.output.trimEnd());
    console.error('\nThe build failed (its output is above).');
    return { code: built.code };
  }
  console.log(`Built the desktop app in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s.`);
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  try {
    const { code } = await runChild(binary, ['.'], { env });
    if (code !== 0 && code < 128 && Date.now() - startedAt < QUICK_FAILURE_MS) {
      return { fallback: `Electron exited at start-up with code ${code}` };
    }
    return { code };
  } catch (error) {
    return { fallback: `Electron could not be run: ${error.message}` };
  }
}

export async function start() {
  const binary = detectElectronBinary(join(repoRoot, 'node_modules', 'electron'));
  const display = detectDisplay();
  let reason = !binary.available ? binary.reason : !display.available ? display.reason : undefined;
  if (binary.available && display.available) {
    const outcome = await launchElectron(binary.path);
    if (outcome.fallback === undefined) return outcome.code;
    reason = outcome.fallback;
  }
  console.log(describeFallback(reason));
  return buildAndServeWeb({ notice: BROWSER_REMINDER });
}

runIfMain(import.meta.url, start, 'Could not start the workbench');
