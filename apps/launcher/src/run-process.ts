import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createInterface } from 'node:readline';
import { LauncherError } from './launcher-error';

/** Calls `onLine` for each line a child writes to stdout or stderr. */
export function forwardLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
  }
}

/** Explains a failure to start a program (EACCES, ENOENT) without a stack trace. */
export function spawnFailure(program: string, error: NodeJS.ErrnoException): LauncherError {
  const hint =
    error.code === 'EACCES'
      ? 'Permission denied: the user running it cannot reach or execute it (see the folder permissions on its path).'
      : error.code === 'ENOENT'
        ? 'The program was not found; run npm install (or npm run build) first.'
        : error.message;
  return new LauncherError(`Cannot run ${program}: ${hint}`);
}

/** Runs a program to completion; resolves with its exit code and its output lines. */
export function runToCompletion(
  program: string,
  args: string[],
  options: SpawnOptions,
): Promise<{ code: number | null; output: string[] }> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    forwardLines(child, (line) => output.push(line));
    child.once('error', (error: NodeJS.ErrnoException) => reject(spawnFailure(program, error)));
    child.once('close', (code) => resolve({ code, output }));
  });
}

/** Resolves when the child has exited (immediately when it already has). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => {
      if (child.pid === undefined) resolve(null); // never started
    });
  });
}

/** Sends `signal`, then SIGKILL when the child is still alive after `graceMs`. */
export async function terminate(
  child: ChildProcess,
  signal: NodeJS.Signals,
  graceMs: number,
): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = exitOf(child);
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

const live = new Map<ChildProcess, NodeJS.Signals>();
let exitHookInstalled = false;

/**
 * Children run detached (their own process group, so a terminal's Ctrl-C reaches
 * only the launcher, which stops them in order). Should the launcher exit without
 * stopping them, this sends each its last-resort signal on the way out.
 */
export function trackChild(child: ChildProcess, onLauncherExit: NodeJS.Signals): void {
  live.set(child, onLauncherExit);
  child.once('exit', () => live.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [orphan, signal] of live) orphan.kill(signal);
  });
}
