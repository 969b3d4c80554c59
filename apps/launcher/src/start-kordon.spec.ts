import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsersRepository, connectDatabase, hashToken, type Database } from '@kordon/db';
import {
  createTestDatabase,
  freePort,
  writeStandInServices,
  type StandInServices,
  type TestDatabase,
  connectTestSql,
} from '@kordon/testing';
import { startKordon, type StartKordonOptions } from './start-kordon';

async function adminTokenRows(
  url: string,
): Promise<{ token_hash: string; prefix: string; scopes: string[] }[]> {
  const client = connectTestSql(url);
  try {
    return (
      await client.query('SELECT token_hash, prefix, scopes FROM api_token WHERE name = $1', [
        'admin (created by npm start)',
      ])
    ).rows;
  } finally {
    await client.end();
  }
}

describe('startKordon with DATABASE_URL', () => {
  let db: TestDatabase;
  let standIns: StandInServices;
  let home: string;
  let database: Database;
  const lines: string[] = [];

  beforeAll(async () => {
    [db, standIns] = await Promise.all([createTestDatabase(), writeStandInServices()]);
    home = await mkdtemp(path.join(tmpdir(), 'kordon-home-'));
    database = connectDatabase(db.url);
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
    await rm(home, { recursive: true, force: true });
    await rm(standIns.dir, { recursive: true, force: true });
  });

  async function options(): Promise<StartKordonOptions> {
    lines.length = 0;
    const [apiPort, webPort] = await Promise.all([freePort(), freePort()]);
    return {
      home,
      databaseUrl: db.url,
      apiPort,
      webPort,
      pgPort: 1,
      startWeb: false,
      log: (line) => lines.push(line),
      commands: { api: standIns.api, worker: standIns.worker },
    };
  }

  it('on a first start issues an admin token, writes it mode 0600 and stores only its hash', async () => {
    const kordon = await startKordon(await options());
    await kordon.stop();

    const file = path.join(home, 'admin-token');
    const token = (await readFile(file, 'utf8')).trim();
    expect(token).toMatch(/^kordon_[A-Za-z0-9_-]{43}$/);
    expect(kordon.adminToken).toBe(token);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(lines).toContain(`  ${token}`);
    expect(lines.some((line) => line.includes(`${kordon.apiUrl}/api/docs`))).toBe(true);
    expect(kordon.adminEmail).toBe('admin@kordon.local');
    expect(kordon.adminPassword).toMatch(/^[\w-]{20}$/);
    expect(lines).toContain(`  password: ${kordon.adminPassword}`);
    // after the banner, so the services' start-up output cannot push them off screen
    const banner = lines.indexOf('Kordon is running.');
    expect(banner).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf(`  ${token}`)).toBeGreaterThan(banner);
    expect(lines.indexOf(`  password: ${kordon.adminPassword}`)).toBeGreaterThan(banner);
    const signIn = new UsersRepository(database);
    expect(
      await signIn.findByPassword('admin@kordon.local', kordon.adminPassword ?? ''),
    ).not.toBeNull();
    expect(await signIn.findByPassword('admin@kordon.local', 'wrong')).toBeNull();

    const rows = await adminTokenRows(db.url);
    expect(rows).toEqual([
      {
        token_hash: hashToken(token),
        prefix: token.slice(0, 'kordon_'.length + 4),
        scopes: ['admin'],
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('on a first start creates the admin user, prints its password once and stores only an argon2id hash', async () => {
    // the previous test's start created it; its password was printed then
    const users = new UsersRepository(database);
    const admin = await users.findByEmail('admin@kordon.local');
    expect(admin).toMatchObject({ role: 'admin', clusters: '*', hasPassword: true });
    const kordon = await startKordon(await options());
    await kordon.stop();
    expect(kordon.adminPassword).toBeNull();
    expect(lines.some((line) => line.includes('password:'))).toBe(false);
  });

  it('on a later start issues no new token and says where the token file is', async () => {
    const kordon = await startKordon(await options());
    await kordon.stop();

    const token = (await readFile(path.join(home, 'admin-token'), 'utf8')).trim();
    expect(lines).not.toContain(`  ${token}`);
    expect(lines.some((line) => line.startsWith('Created an admin API token'))).toBe(false);
    expect(lines).toContain(`The admin API token is in ${path.join(home, 'admin-token')}`);
    expect(await adminTokenRows(db.url)).toHaveLength(1);
  });

  it('prefixes each service output line with its name', async () => {
    const kordon = await startKordon(await options());
    // the API is up when startKordon resolves; the worker may still be printing its first line
    for (
      let waited = 0;
      waited < 5000 && !lines.includes('[worker] stand-in worker waiting for jobs');
      waited += 50
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await kordon.stop();
    expect(lines).toContain('[worker] stand-in worker waiting for jobs');
    expect(lines.some((line) => line.startsWith('[api] stand-in api listening on'))).toBe(true);
  });

  it('fails the start with a clear message when a service exits', async () => {
    const start = startKordon({
      ...(await options()),
      commands: { api: standIns.crashing, worker: standIns.worker },
    });
    await expect(start).rejects.toThrow(
      'The api exited with code 3 unexpectedly, so Kordon stops.',
    );
    expect(lines).toContain('[api] stand-in service failing on purpose');
  });

  it('stops everything and reports it when a service exits after the start', async () => {
    const kordon = await startKordon(await options());
    const failure = kordon.failed;
    const apiHealth = `${kordon.apiUrl}/api/v1/health`;
    const apiLine = lines.find((line) => line.startsWith('[api] stand-in api listening'));
    process.kill(Number(apiLine?.match(/pid (\d+)/)?.[1]), 'SIGKILL');
    await expect(failure).resolves.toHaveProperty(
      'message',
      expect.stringContaining('The api was killed by SIGKILL'),
    );
    await expect(fetch(apiHealth)).rejects.toThrow();
  });

  it('asks to build first when the compiled services are missing', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'kordon-unbuilt-'));
    try {
      const start = startKordon({ ...(await options()), commands: {}, root });
      await expect(start).rejects.toThrow(
        /dist\/apps\/api\/src\/main\.js[\s\S]*Run npm install \(or npm run build\) first/,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
