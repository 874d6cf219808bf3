// Runs a command as its own process and samples its peak resident set size (VmHWM in /proc) until it
// ends: the memory benchmarks measure whole processes, as a researcher's machine would feel them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/**
 * Resolves with the exit code, the peak RSS in MB, the wall time in seconds, the CPU time in seconds
 * (user + system, all threads, as last sampled before the end) and stderr.
 */
/** `options.stdout`: a file descriptor for the command's output (by default it is discarded). */
export function measurePeakRss(command, args, options = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', options.stdout ?? 'ignore', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
        // Fields 14 and 15 of /proc/PID/stat (after the parenthesised command name): utime, stime.
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpu = Math.max(cpu, (Number(fields[11]) + Number(fields[12])) / TICKS);
      } catch {
        // the process has ended
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (Date.now() - started) / 1000;
      resolve({ code, peakMb: peak / 1024, seconds, cpuSeconds: cpu, stderr: stderr.trim() });
    });
  });
}
