import { readFileSync } from 'node:fs';

/** A process as /proc shows it; `started` (clock ticks after boot) tells a reused pid apart. */
export interface ProcessInfo {
  pid: number;
  parent: number;
  started: string;
  /** argv, as the process was started. */
  command: string[];
}

function read(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** The live process `pid` (zombies count as gone), or null. */
export function processInfo(pid: number): ProcessInfo | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const stat = read(pid, 'stat');
  if (stat === null) return null;
  // "pid (comm) state ppid … starttime(22nd) …"; comm may hold spaces and parentheses
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state, parent, started] = [fields[0], fields[1], fields[19]];
  if (state === 'Z' || state === 'X' || parent === undefined || started === undefined) return null;
  const command = (read(pid, 'cmdline') ?? '').split('\0').filter((arg) => arg !== '');
  return { pid, parent: Number(parent), started, command };
}

/** Whether `pid` is still the process that was seen started at `started`. */
export function isSameProcess(pid: number, started: string): boolean {
  return processInfo(pid)?.started === started;
}

/** Resolves true once `pid` (started at `started`) is gone, false after `timeoutMs`. */
export async function waitForExit(
  pid: number,
  started: string,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isSameProcess(pid, started)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Sends a signal, ignoring a process that is already gone. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
