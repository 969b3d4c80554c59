import { Client } from 'pg';
import { poolOf, type Database } from '../database';

/** A database on `serverUrl` (any database of that server): its URL. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function checked(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a plain database name: ${name}`);
  return name;
}

async function withAdmin<T>(serverUrl: string, use: (c: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}

/** The key a template database was built with (its comment), or null when there is no such database. */
export async function templateKey(serverUrl: string, name: string): Promise<string | null> {
  return withAdmin(serverUrl, async (c) => {
    const { rows } = await c.query<{ key: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS key FROM pg_database WHERE datname = $1`,
      [name],
    );
    return rows[0] ? (rows[0].key ?? '') : null;
  });
}

export async function createDatabase(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  await withAdmin(serverUrl, (c) =>
    c.query(`CREATE DATABASE ${checked(name)}${template ? ` TEMPLATE ${checked(template)}` : ''}`),
  );
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (c) => {
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) return;
    await c.query(`ALTER DATABASE ${checked(name)} IS_TEMPLATE false`);
    await c.query(`DROP DATABASE ${checked(name)} WITH (FORCE)`);
  });
}

/**
 * Turns a freshly seeded database into the template `name` (replacing an older
 * one), keyed with `key`: later runs copy it with CREATE DATABASE … TEMPLATE
 * in seconds instead of seeding again.
 */
export async function promoteToTemplate(
  serverUrl: string,
  built: string,
  name: string,
  key: string,
): Promise<void> {
  await dropDatabase(serverUrl, name);
  await withAdmin(serverUrl, async (c) => {
    await c.query(`ALTER DATABASE ${checked(built)} RENAME TO ${checked(name)}`);
    await c.query(`COMMENT ON DATABASE ${checked(name)} IS ${c.escapeLiteral(key)}`);
    await c.query(`ALTER DATABASE ${checked(name)} IS_TEMPLATE true`);
  });
}

/** Exact row counts of every table of the public schema (migrations bookkeeping aside), largest first. */
export async function tableRowCounts(db: Database): Promise<{ table: string; rows: number }[]> {
  const pool = poolOf(db);
  const { rows: tables } = await pool.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`,
  );
  const out: { table: string; rows: number }[] = [];
  for (const t of tables) {
    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${JSON.stringify(t.relname)}`,
    );
    out.push({ table: t.relname, rows: Number(rows[0]?.n ?? 0) });
  }
  return out.sort((a, b) => b.rows - a.rows || a.table.localeCompare(b.table));
}

/** Removes the clusters the seed analysed its states in, and the tokens it used, then refreshes statistics. */
export async function dropSeedScaffolding(db: Database, clusterNames: string[]): Promise<void> {
  const pool = poolOf(db);
  await pool.query('DELETE FROM cluster WHERE name = ANY($1::text[])', [clusterNames]);
  await pool.query('DELETE FROM api_token');
  await pool.query('VACUUM ANALYZE');
}
