import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(__dirname, '..', '..');
const LOGS = path.resolve(DIST, '..', 'bench', 'out');

export interface Service {
  child: ChildProcess;
  /** Current resident set size, bytes (from /proc). */
  rss(): number;
  /** Peak resident set size so far, bytes (VmHWM). */
  peak(): number;
  stop(): Promise<void>;
}

function procStatus(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  if (!pid) return 0;
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Starts `dist/apps/<name>/src/main.js` with the given environment; stderr is
 * kept for failures, stdout (the service's log: the worker's analysis and write
 * timings) goes to `bench/out/<name>.log`.
 */
export function startService(name: 'api' | 'worker', env: Record<string, string>): Service {
  mkdirSync(LOGS, { recursive: true });
  const log = openSync(path.join(LOGS, `${name}.log`), 'w');
  const child = spawn(process.execPath, [path.join(DIST, 'apps', name, 'src', 'main.js')], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', log, 'pipe'],
  });
  closeSync(log);
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  child.on('exit', (code) => {
    if (code && code !== 0 && code !== 143)
      process.stderr.write(`bench: ${name} exited ${code}: ${errors.join('').slice(-2000)}\n`);
  });
  return {
    child,
    rss: () => procStatus(child.pid, 'VmRSS'),
    peak: () => procStatus(child.pid, 'VmHWM'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 8000).unref();
      }),
  };
}

/** Waits until `GET url` answers 200. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
