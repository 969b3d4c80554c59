import { Readable } from 'node:stream';
import path from 'node:path';
import type { ScanReport } from '@kordon/contracts';
import type { CliEnv } from '../cli-env';
import type { CliIo } from '../cli-io';
import { run } from '../run';

export const FIXTURES = __dirname;
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const DEMO_SNAPSHOT = path.join(REPO_ROOT, 'examples/demo-cluster.ndjson');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  stdin?: string | Buffer;
  env?: Partial<CliEnv>;
  cwd?: string;
  now?: Date;
}

/** Runs `kordon` in-process with captured output; paths are relative to the fixtures folder by default. */
export async function runCli(argv: string[], options: RunCliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: () => Readable.from([Buffer.from(options.stdin ?? '')]),
    stderrIsTty: false,
    env: { apiUrl: undefined, token: undefined, apiPort: 1, home: path.join(FIXTURES, 'no-such-home'), ci: {}, ...options.env },
    cwd: options.cwd ?? FIXTURES,
    now: () => options.now ?? new Date('2026-06-01T00:00:00Z'),
    sleep: () => Promise.resolve(),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export async function scanJson(argv: string[], options: RunCliOptions = {}) {
  const result = await runCli(['scan', '--format', 'json', ...argv], options);
  return { ...result, report: JSON.parse(result.stdout) as ScanReport };
}
