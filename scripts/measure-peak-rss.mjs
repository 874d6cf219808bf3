// Runs a command as its own process and samples its peak resident set size (VmHWM in /proc) until it
// ends: the memory benchmarks measure whole processes, as a researcher's machine would feel them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

/** Resolves with the exit code, the peak RSS in MB, the wall time in seconds and stderr. */
export function measurePeakRss(command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
      } catch {
        // the process has ended
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, peakMb: peak / 1024, seconds: (Date.now() - started) / 1000, stderr: stderr.trim() });
    });
  });
}
