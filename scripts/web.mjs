// `npm run web`: builds the app as a plain web page and serves it on 127.0.0.1 ($PORT or 4173). The build
// and server output is kept back (shown only when something fails) behind a one-line summary, the default
// browser is opened where one can be, and the address is the last line printed, on a line of its own.
// start.mjs reuses this when the desktop shell cannot start.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseBrowserOpener, openBrowser } from './open-browser.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const viteBin = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
const HOST = '127.0.0.1';
/** How much of a quiet child's output is kept to show when it fails. */
const KEPT_OUTPUT_CHARS = 200_000;

/** $PORT when it is a valid port number, else 4173. */
export function resolvePort(env) {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 4173;
}

/**
 * Runs a command in the repository, forwarding SIGINT/SIGTERM to it while it runs. Its output goes to this
 * terminal, or with `quiet` is collected instead. Resolves to `{ code, output }` (code 128 + signal number
 * when a signal ended it; output '' unless quiet), or rejects when it cannot be started at all.
 */
export function runChild(command, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env,
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM'];
    for (const signal of signals) process.on(signal, forward);
    const stopForwarding = () => signals.forEach((signal) => process.off(signal, forward));
    child.once('error', (error) => {
      stopForwarding();
      reject(error);
    });
    child.once('close', (code, signal) => {
      stopForwarding();
      resolve({ code: code ?? (signal === 'SIGINT' ? 130 : 143), output });
    });
  });
}

/** Runs Vite's command line quietly (see runChild). */
export function runVite(args) {
  return runChild(process.execPath, [viteBin, ...args], { quiet: true });
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

/** The closing lines once the server answers: the notice, how to stop, and the address alone, last. */
export function describeServing(url, { notice = '', opening = false } = {}) {
  const howToOpen = opening
    ? 'It is opening in your default browser; if it does not, open this address:'
    : 'Open this address in your browser:';
  return ['', ...(notice ? [notice] : []), `The workbench is running (Ctrl+C stops it). ${howToOpen}`, url];
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Builds the web app and serves it until interrupted; resolves to the exit code to use. `run` runs a Vite
 * command (quietly), `open` opens a browser; both are parameters so tests can stand in small programs.
 */
export async function buildAndServeWeb({
  env = process.env,
  notice = '',
  platform = process.platform,
  run = runVite,
  open = openBrowser,
  print = console.log,
  printError = console.error,
} = {}) {
  const port = resolvePort(env);
  const url = `http://${HOST}:${port}/`;
  const buildStarted = Date.now();
  print('Building the web app…');
  const build = await run(['build', '-c', 'vite.web.config.ts']);
  if (build.code !== 0) {
    printError(build.output.trimEnd());
    printError('\nThe web build failed (its output is above); nothing was served.');
    return build.code;
  }
  print(`Built the web app in ${seconds(buildStarted)}.`);

  let exited = false;
  const serving = run([
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
  let answered = false;
  for (let tries = 0; tries < 150 && !exited && !answered; tries += 1) {
    answered = await isListening(port);
    if (!answered) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (answered) {
    const opener = chooseBrowserOpener(url, platform, env);
    const opening = 'command' in opener && open(opener);
    for (const line of describeServing(url, { notice, opening })) print(line);
  } else if (!exited) {
    printError(`The web server has not answered on ${url} after 30 s; still waiting (Ctrl+C stops it).`);
  }
  const served = await serving;
  if (served.code !== 0 && served.code < 128) {
    printError(served.output.trimEnd());
    printError(
      `\nThe web server stopped (exit code ${served.code}). Is port ${port} in use? Set PORT to use another.`,
    );
  }
  return served.code;
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
