import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@kordon/testing';

const SERVER = path.resolve(__dirname, 'private-postgres-server.mjs');

export interface PrivatePostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** A Postgres of the test's own, which it may stop and restart mid-test (see private-postgres-server.mjs). */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await mkdtemp('/tmp/kordon-test-pg-private-');
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const child: ChildProcess = spawn(process.execPath, [SERVER, dir, String(port), password], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[
    Symbol.asyncIterator
  ]();
  const expect = async (word: string) => {
    const next = await lines.next();
    if (next.value !== word)
      throw new Error(`private postgres: expected "${word}", got "${String(next.value)}"`);
  };
  const send = async (command: string, reply: string) => {
    child.stdin?.write(`${command}\n`);
    await expect(reply);
  };
  await expect('ready');
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => send('stop', 'stopped'),
    start: () => send('start', 'started'),
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin?.write('quit\n');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
