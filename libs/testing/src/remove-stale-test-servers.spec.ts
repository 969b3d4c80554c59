import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeStaleTestServers } from './remove-stale-test-servers';

describe('removeStaleTestServers', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'kordon-stale-'));
  });
  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  async function serverDir(
    name: string,
    options: { running: boolean; ageMinutes: number },
  ): Promise<string> {
    const dir = path.join(parent, name);
    await mkdir(path.join(dir, 'data'), { recursive: true });
    if (options.running) await writeFile(path.join(dir, 'data', 'postmaster.pid'), '123\n');
    const when = new Date(Date.now() - options.ageMinutes * 60_000);
    await utimes(dir, when, when);
    return dir;
  }

  it('removes only old folders whose server is not running', async () => {
    const stale = await serverDir('kordon-test-pg-old', { running: false, ageMinutes: 30 });
    await serverDir('kordon-test-pg-running', { running: true, ageMinutes: 30 });
    await serverDir('kordon-test-pg-starting', { running: false, ageMinutes: 1 });
    await serverDir('something-else', { running: false, ageMinutes: 30 });

    expect(await removeStaleTestServers(parent)).toEqual([stale]);
  });
});
