import { readdir, readFile } from 'node:fs/promises';

// What Linux says of the processes a benchmark runs: CPU time and peak memory, from /proc.

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user and system) a process has used, in ms, and with `children` also that of its
 * children that have ended; 0 once it is gone.
 */
export async function cpuMs(processId: number, children = false): Promise<number> {
  const stat = await readFile(`/proc/${processId}/stat`, 'utf8').catch(() => null);
  if (stat === null) return 0;
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  const ticks = fields[11]! + fields[12]! + (children ? fields[13]! + fields[14]! : 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Peak resident memory of a process in MB (VmHWM). */
export async function peakRssMb(processId: number): Promise<number> {
  const status = await readFile(`/proc/${processId}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * CPU time, in ms, of every PostgreSQL process on the machine, with that of the backends that have
 * ended (counted to the server that started them): the database's share of a measured stretch is the difference
 * between two readings, as long as nothing else uses the database meanwhile.
 */
export async function postgresCpuMs(): Promise<number> {
  const entries = await readdir('/proc');
  const readings = await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (entry) => {
        const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
        return comm.trim() === 'postgres' ? cpuMs(Number(entry), true) : 0;
      }),
  );
  return readings.reduce((sum, ms) => sum + ms, 0);
}
