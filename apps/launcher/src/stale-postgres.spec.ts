import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@kordon/testing';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { findRepoRoot } from './find-repo-root';
import { clearStalePostgres } from './stale-postgres';

/** A Postgres on `home/postgres` whose parent is this test process, as a launcher's is. */
async function runPostgres(home: string, pgDir: string): Promise<RunningPostgres> {
  return startEmbeddedPostgres({
    root: findRepoRoot(__dirname),
    home,
    pgDir,
    port: await freePort(),
    launcherGone: false,
    log: () => undefined,
  });
}

describe('clearStalePostgres', () => {
  let home: string;
  let pgDir: string;
  let postgres: RunningPostgres | null = null;
  beforeEach(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'kordon-stale-'));
    await chmod(home, 0o755); // as root, Postgres runs as the postgres user and must enter it
    pgDir = await mkdtemp(path.join(tmpdir(), 'kordon-stale-pgdir-'));
  });
  afterEach(async () => {
    await postgres?.stop();
    await rm(home, { recursive: true, force: true });
    await rm(pgDir, { recursive: true, force: true });
  });

  it('refuses while the process that started the Postgres still runs, naming both', async () => {
    postgres = await runPostgres(home, pgDir);
    const dataDir = path.join(home, 'postgres');
    const pid = Number(
      (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    await expect(clearStalePostgres(dataDir, false, () => undefined)).rejects.toThrow(
      `A Postgres (pid ${pid}) already runs on ${dataDir}, started by process ${process.pid}, which still runs`,
    );
  });

  it('shuts down the Postgres of a launcher known to be gone, and says so', async () => {
    postgres = await runPostgres(home, pgDir);
    const dataDir = path.join(home, 'postgres');
    const pid = Number(
      (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    const lines: string[] = [];
    await clearStalePostgres(dataDir, true, (line) => lines.push(line));
    expect(lines).toEqual([
      `stopping the embedded Postgres (pid ${pid}) that an earlier start left running (it did not stop: crashed or killed?)`,
      `stopped the embedded Postgres (pid ${pid})`,
    ]);
    expect(await postgres.exited).toBe(0); // a clean (fast) shutdown
    const again = await runPostgres(home, pgDir); // the data starts again without recovery trouble
    postgres = again;
  });
});
