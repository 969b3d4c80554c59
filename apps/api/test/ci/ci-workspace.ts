import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const KORDON_BIN = path.join(REPO_ROOT, 'apps/cli/bin/kordon.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A git checkout with an `origin` remote, as a CI job sees it. */
export class CiWorkspace {
  private constructor(readonly dir: string) {}

  static async create(remote: string): Promise<CiWorkspace> {
    const dir = await mkdtemp(path.join(tmpdir(), 'kordon-ci-'));
    const ws = new CiWorkspace(dir);
    ws.git('init', '-q', '-b', 'main');
    ws.git('remote', 'add', 'origin', remote);
    return ws;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        GIT_AUTHOR_NAME: 'ci',
        GIT_AUTHOR_EMAIL: 'ci@example.com',
        GIT_COMMITTER_NAME: 'ci',
        GIT_COMMITTER_EMAIL: 'ci@example.com',
        HOME: this.dir,
      },
    }).trim();
  }

  async write(file: string, text: string): Promise<void> {
    await writeFile(path.join(this.dir, file), text);
  }

  /** Commits everything and returns the commit id. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** Runs the built `kordon` CLI in this checkout, with only the given environment. */
  kordon(args: string[], env: Record<string, string>): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [KORDON_BIN, ...args], {
        cwd: this.dir,
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: this.dir, ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
