import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, writeStandInServices, type StandInServices } from '@kordon/testing';
import { findRepoRoot } from './find-repo-root';
import { findPostgresBinaries } from './postgres-binaries';
import { postgresRunAsUser } from './postgres-user';
import { startKordon, type StartKordonOptions } from './start-kordon';
import { findUntraversable } from './traversable';

/** False when we run as root from a checkout the postgres user cannot enter (e.g. under /root). */
function postgresCanReachBinaries(): boolean {
  const runAs = postgresRunAsUser();
  return (
    !runAs || findUntraversable(findPostgresBinaries(findRepoRoot()).nativeDir, runAs) === null
  );
}

async function countAdminTokens(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM api_token WHERE 'admin' = ANY(scopes)",
    );
    return Number(result.rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('startKordon with its embedded Postgres', () => {
  let standIns: StandInServices;
  let home: string;

  beforeAll(async () => {
    standIns = await writeStandInServices();
    // mkdtemp makes 0700 folders; the postgres user (we may be root) must be able to enter it.
    home = await mkdtemp(path.join(tmpdir(), 'kordon-embedded-home-'));
    await chmod(home, 0o755);
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(standIns.dir, { recursive: true, force: true });
  });

  async function start(lines: string[]) {
    const [apiPort, webPort, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const options: StartKordonOptions = {
      home,
      apiPort,
      webPort,
      pgPort,
      startWeb: false,
      log: (line) => lines.push(line),
      commands: { api: standIns.api, worker: standIns.worker },
    };
    return startKordon(options);
  }

  it('creates the data under $KORDON_HOME/postgres once and reuses it, without a new token', async () => {
    if (!postgresCanReachBinaries()) {
      // This checkout cannot host the embedded Postgres: the launcher must say so, not crash.
      await expect(start([])).rejects.toThrow(/cannot enter [\s\S]*DATABASE_URL/);
      return;
    }
    const first: string[] = [];
    const kordon = await start(first);
    const token = (await readFile(path.join(home, 'admin-token'), 'utf8')).trim();
    expect(first).toContain(`created the embedded Postgres in ${path.join(home, 'postgres')}`);
    expect(first).toContain(`  ${token}`);
    expect(kordon.databaseUrl).toMatch(/\/kordon$/);
    expect(await countAdminTokens(kordon.databaseUrl)).toBe(1);
    await kordon.stop();
    expect((await stat(path.join(home, 'postgres-password'))).mode & 0o777).toBe(0o600);

    const second: string[] = [];
    const again = await start(second);
    try {
      expect(second).toContain(`reusing the embedded Postgres in ${path.join(home, 'postgres')}`);
      expect(second).not.toContain(`  ${token}`);
      expect(second).toContain(`The admin API token is in ${path.join(home, 'admin-token')}`);
      expect(again.adminToken).toBe(token);
      expect(await countAdminTokens(again.databaseUrl)).toBe(1);
    } finally {
      await again.stop();
    }
    await expect(countAdminTokens(again.databaseUrl)).rejects.toThrow();
  });
});
