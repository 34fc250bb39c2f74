import { readFileSync } from 'node:fs';

/**
 * CPU milliseconds (user + system, all threads) a process has used so far, from /proc/PID/stat
 * (Linux, 100 clock ticks a second: `getconf CLK_TCK`); NaN where that cannot be read.
 */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
