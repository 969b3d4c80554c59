import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './run-cli';

const BIN = path.join(REPO_ROOT, 'apps/cli/bin/kordon.js');

export interface BuiltRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `kordon` (dist/, from `node tools/build.mjs`) as a subprocess. */
export function runBuiltCli(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<BuiltRun> {
  if (!existsSync(path.join(REPO_ROOT, 'dist/apps/cli/src/main.js')))
    throw new Error('the CLI is not built: run `node tools/build.mjs` (npm test does) first');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, KUBECONFIG: '', KORDON_API_URL: '', KORDON_TOKEN: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
