import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  connectTestSql,
  createTestDatabase,
  dropDatabase,
  testServerUrl,
  withDatabase,
  type TestDatabase,
} from '@kordon/testing';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');

/** Tables, columns and indexes of the public schema, in a stable order. */
async function schemaOf(url: string): Promise<string[]> {
  const sql = connectTestSql(url);
  try {
    const columns = await sql.query<{ d: string }>(
      `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable AS d
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
    );
    const indexes = await sql.query<{ d: string }>(
      `SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
    );
    return [...columns.rows, ...indexes.rows].map((row) => row.d);
  } finally {
    await sql.end();
  }
}

/**
 * `npm run db:migrate` is Prisma's own `migrate deploy` (docs/deployment): it must apply
 * every migration on an empty database and leave the schema Kordon's migrator leaves.
 * Prisma's driver adapter splits a script at every `;`, comments included, so a comment
 * with a semicolon broke it once.
 */
describe('prisma migrate deploy (npm run db:migrate)', () => {
  let reference: TestDatabase;
  const name = `kordon_prisma_${process.pid}_${Date.now()}`;
  const url = withDatabase(testServerUrl(), name);

  beforeAll(async () => {
    reference = await createTestDatabase();
    const sql = connectTestSql(testServerUrl());
    await sql.query(`CREATE DATABASE "${name}"`);
    await sql.end();
  });
  afterAll(async () => {
    await reference.drop();
    await dropDatabase(testServerUrl(), name);
  });

  it('applies every migration and leaves the schema the launcher applies', async () => {
    const { stdout } = await run(
      process.execPath,
      [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'],
      { cwd: root, env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 },
    );
    expect(stdout).toMatch(/All migrations have been successfully applied|applied/i);
    const [viaPrisma, viaKordon] = await Promise.all([schemaOf(url), schemaOf(reference.url)]);
    expect(viaPrisma.length).toBeGreaterThan(50);
    expect(viaPrisma).toEqual(viaKordon);
  }, 180_000);
});
