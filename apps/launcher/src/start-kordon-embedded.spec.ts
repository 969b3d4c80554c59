import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  freePort,
  writeStandInServices,
  type StandInServices,
  connectTestSql,
} from '@kordon/testing';
import { startKordon, type StartKordonOptions } from './start-kordon';

async function countAdminTokens(url: string): Promise<number> {
  const client = connectTestSql(url);
  try {
    const result = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM api_token WHERE 'admin' = ANY(scopes)",
    );
    return Number(result.rows[0]?.n);
  } finally {
    await client.end();
  }
}

async function startWithStandIns(
  standIns: StandInServices,
  dirs: { home: string; pgDir: string },
  lines: string[],
) {
  const [apiPort, webPort, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const options: StartKordonOptions = {
    ...dirs,
    apiPort,
    webPort,
    pgPort,
    startWeb: false,
    log: (line) => lines.push(line),
    commands: { api: standIns.api, worker: standIns.worker },
  };
  return startKordon(options);
}

describe('startKordon with its embedded Postgres', () => {
  let standIns: StandInServices;
  let home: string;
  let pgDir: string;

  beforeAll(async () => {
    pgDir = await mkdtemp(path.join(tmpdir(), 'kordon-embedded-pgdir-')); // used only from a checkout the postgres user cannot enter
    standIns = await writeStandInServices();
    // mkdtemp makes 0700 folders; the postgres user (we may be root) must be able to enter it.
    home = await mkdtemp(path.join(tmpdir(), 'kordon-embedded-home-'));
    await chmod(home, 0o755);
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(pgDir, { recursive: true, force: true });
    await rm(standIns.dir, { recursive: true, force: true });
  });

  const start = (lines: string[]) => startWithStandIns(standIns, { home, pgDir }, lines);

  it('creates the data under $KORDON_HOME/postgres once and reuses it, without a new token', async () => {
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

describe('startKordon facing an earlier start on the same home', () => {
  let standIns: StandInServices;
  let pgDir: string;
  let home: string;
  const start = (lines: string[]) => startWithStandIns(standIns, { home, pgDir }, lines);

  beforeAll(async () => {
    standIns = await writeStandInServices();
    pgDir = await mkdtemp(path.join(tmpdir(), 'kordon-embedded-pgdir-'));
  });
  beforeEach(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'kordon-embedded-home-'));
    await chmod(home, 0o755);
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });
  afterAll(async () => {
    await rm(pgDir, { recursive: true, force: true });
    await rm(standIns.dir, { recursive: true, force: true });
  });

  it('refuses a second start while the first runs, and leaves the first running', async () => {
    const first = await start([]);
    try {
      expect(existsSync(path.join(home, 'run.json'))).toBe(true);
      await expect(start([])).rejects.toThrow(
        `Kordon already runs from ${home} (launcher pid ${process.pid})`,
      );
      expect(await countAdminTokens(first.databaseUrl)).toBe(1);
    } finally {
      await first.stop();
    }
    expect(existsSync(path.join(home, 'run.json'))).toBe(false);
  });

  it('removes a stale postmaster.pid whose pid another process now has', async () => {
    const first = await start([]);
    await first.stop();
    // as after a power cut: the lock file stayed, and its pid now belongs to someone else (us)
    const lock = path.join(home, 'postgres', 'postmaster.pid');
    await writeFile(lock, `${process.pid}\n${path.join(home, 'postgres')}\n`);
    const lines: string[] = [];
    const again = await start(lines);
    try {
      expect(lines).toContain(
        `removed a stale ${lock} (pid ${process.pid} is no longer a Postgres on this data)`,
      );
      expect(again.adminToken).toBe(first.adminToken);
    } finally {
      await again.stop();
    }
  });
});
