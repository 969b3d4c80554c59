import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Folder holding `prisma/migrations`, found from this file whether run from source or `dist/`. */
export function findMigrationsDir(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`prisma/migrations not found above ${start}`);
    dir = parent;
  }
}

export interface AppliedMigrations {
  applied: string[];
  alreadyApplied: number;
}

const LOCK_KEY = 727_274_001; // advisory lock: one migrator at a time per database

/**
 * Applies `prisma/migrations/*` in order, each in its own transaction, and records
 * them in `_prisma_migrations` exactly as `prisma migrate deploy` does (same
 * checksum), so both tools agree on what is applied. It exists because Prisma's
 * CLI takes ~11 s per call offline; this takes milliseconds.
 */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir: string = findMigrationsDir(),
): Promise<AppliedMigrations> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const seen = new Set(done.rows.map((r) => r.migration_name));
    const names = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const applied: string[] = [];
    for (const name of names) {
      if (seen.has(name)) continue;
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      await applyOne(client, name, sql);
      applied.push(name);
    }
    return { applied, alreadyApplied: seen.size };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function applyOne(client: Client, name: string, sql: string): Promise<void> {
  const checksum = createHash('sha256').update(sql).digest('hex');
  await client.query('BEGIN');
  try {
    const startedAt = new Date();
    await client.query(sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, $4, 1)`,
      [randomUUID(), checksum, name, startedAt],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`migration ${name} failed: ${(error as Error).message}`);
  }
}
