import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Run {
  ms: number;
  peakRssBytes: number;
  stdout: string;
}

export interface Measurement {
  label: string;
  command: string;
  runs: Run[];
  medianMs: number;
  peakRssBytes: number;
}

const PEAK_RSS = path.join(__dirname, 'peak-rss.js');

/** Runs `node -r peak-rss.js ...args` once; stdout goes to /dev/null unless `keepStdout`. */
export async function runNode(args: readonly string[], keepStdout = false): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kordon-bench-'));
  const rssFile = path.join(dir, 'rss');
  const devNull = keepStdout ? null : openSync('/dev/null', 'w');
  const started = performance.now();
  const child = spawn(process.execPath, ['-r', PEAK_RSS, ...args], {
    stdio: ['ignore', devNull ?? 'pipe', 'pipe'],
    env: { ...process.env, KORDON_BENCH_RSS_FILE: rssFile },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => out.push(c));
  child.stderr?.on('data', (c: Buffer) => err.push(c));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (devNull !== null) closeSync(devNull);
  const peak = Number(readFileSync(rssFile, { encoding: 'utf8', flag: 'a+' }) || 0);
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0 && code !== 1) {
    throw new Error(
      `node ${args.join(' ')} exited ${String(code)}: ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`,
    );
  }
  return { ms, peakRssBytes: peak, stdout: Buffer.concat(out).toString('utf8') };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median wall time of `repeat` runs and the highest peak RSS among them. */
export async function measure(
  label: string,
  args: readonly string[],
  repeat: number,
): Promise<Measurement> {
  const runs: Run[] = [];
  for (let i = 0; i < repeat; i++) runs.push(await runNode(args));
  return {
    label,
    command: `node ${args.map((a) => path.relative(process.cwd(), a) || a).join(' ')}`,
    runs,
    medianMs: median(runs.map((r) => r.ms)),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
  };
}
