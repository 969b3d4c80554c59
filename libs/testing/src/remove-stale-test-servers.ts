import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export const TEST_SERVER_PREFIX = 'kordon-test-pg-';
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes `/tmp/kordon-test-pg-*` folders left by interrupted Jest runs: no server
 * running on them (no postmaster.pid) and older than ten minutes, so a concurrent
 * run that is just starting its server is never touched.
 */
export async function removeStaleTestServers(parent = '/tmp', now = Date.now()): Promise<string[]> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of entries.filter((name) => name.startsWith(TEST_SERVER_PREFIX))) {
    const dir = path.join(parent, entry);
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory() || now - info.mtimeMs < STALE_AFTER_MS) continue;
    if (existsSync(path.join(dir, 'data', 'postmaster.pid'))) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}
