// `npm run web`: builds the app as a plain web page and serves it on 127.0.0.1 ($PORT or 4173), printing
// the address once the server answers. start.mjs reuses this when the desktop shell cannot start.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const viteBin = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
const HOST = '127.0.0.1';

/** $PORT when it is a valid port number, else 4173. */
export function resolvePort(env) {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 4173;
}

/**
 * Runs a command with this terminal, forwarding SIGINT/SIGTERM to it while it runs. Resolves to its exit
 * code (128 + signal number when a signal ended it), or rejects when it cannot be started at all.
 */
export function runChild(command, args, { env = process.env, onSpawn } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM'];
    for (const signal of signals) process.on(signal, forward);
    const stopForwarding = () => signals.forEach((signal) => process.off(signal, forward));
    child.once('error', (error) => {
      stopForwarding();
      reject(error);
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      resolve(code ?? (signal === 'SIGINT' ? 130 : 143));
    });
    onSpawn?.(child);
  });
}

export function runVite(args) {
  return runChild(process.execPath, [viteBin, ...args]);
}

function isListening(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Builds the web app and serves it until interrupted; resolves to the exit code to use. */
export async function buildAndServeWeb(env = process.env, notice = '') {
  const port = resolvePort(env);
  const built = await runVite(['build', '-c', 'vite.web.config.ts']);
  if (built !== 0) {
    console.error('\nThe web build failed (see above); nothing was served.');
    return built;
  }
  let exited = false;
  const serving = runVite([
    'preview',
    '-c',
    'vite.web.config.ts',
    '--host',
    HOST,
    '--port',
    String(port),
    '--strictPort',
  ]);
  serving.finally(() => (exited = true)).catch(() => undefined);
  for (let tries = 0; tries < 150 && !exited; tries += 1) {
    if (await isListening(port)) {
      console.log(
        `\nThe workbench is running at http://${HOST}:${port}/ — open it in your browser. Ctrl+C stops it.`,
      );
      console.log(notice ? `${notice}\n` : '');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const code = await serving;
  if (code !== 0 && code < 128)
    console.error(
      `\nThe web server stopped (exit code ${code}). Is port ${port} in use? Set PORT to use another.`,
    );
  return code;
}

/** Runs `main` when `moduleUrl` is the script node was started with, turning its result into the exit code. */
export function runIfMain(moduleUrl, main, failure) {
  let isMain;
  try {
    isMain = Boolean(process.argv[1]) && moduleUrl === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    isMain = false;
  }
  if (!isMain) return;
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`${failure}: ${error.message}`);
      process.exitCode = 1;
    },
  );
}

runIfMain(import.meta.url, () => buildAndServeWeb(), 'Could not start the web server');
