import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of every process in process group `group`, in bytes (Linux /proc). */
export function groupMemory(group: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name: state ppid pgrp …; the name may hold spaces, so split after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const pages = Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]);
      total += pages * 4096;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/**
 * Runs a command in its own process group and reports its wall time and the peak of the whole
 * group's resident memory (sampled every 100 ms: a build's workers are children of its process).
 */
/** This process's group: the processes it starts belong to it unless detached. */
export function ownGroup(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

export function measured(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ seconds: number; peakBytes: number; ok: boolean }>((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, groupMemory(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes: peak, ok: code === 0 });
    });
  });
}
