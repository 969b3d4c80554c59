import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './create-test-database';
import { testServerUrl } from './test-server-url';

async function query<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const databaseName = (url: string): string => new URL(url).pathname.slice(1);

describe('createTestDatabase', () => {
  const created: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(created.map((db) => db.drop()));
  });

  it('gives each call its own database with every migration applied', async () => {
    const first = await createTestDatabase();
    const second = await createTestDatabase();
    created.push(first, second);

    expect(databaseName(first.url)).toMatch(/^kordon_test_[0-9a-f]{12}$/);
    expect(databaseName(first.url)).not.toBe(databaseName(second.url));
    for (const db of [first, second]) {
      const migrations = await query<{ n: string }>(
        db.url,
        'SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
      );
      expect(Number(migrations[0]?.n)).toBeGreaterThan(0);
    }

    await query(first.url, `INSERT INTO cluster (name) VALUES ('only-in-first')`);
    const inSecond = await query<{ n: string }>(second.url, 'SELECT count(*) AS n FROM cluster');
    expect(Number(inSecond[0]?.n)).toBe(0);
  });

  it('drop removes the database even while a connection is open', async () => {
    const db = await createTestDatabase();
    const open = new Client({ connectionString: db.url });
    open.on('error', () => undefined);
    await open.connect();

    await db.drop();
    await open.end().catch(() => undefined);

    const left = await query(testServerUrl(), 'SELECT 1 FROM pg_database WHERE datname = $1', [
      databaseName(db.url),
    ]);
    expect(left).toHaveLength(0);
  });
});
