import { Pool, type PoolConfig } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export type { PrismaClient };

/**
 * A pg pool for the hand-written SQL paths (COPY, interval queries, locks).
 * An idle connection dropped by the server (restart, failover) must not crash
 * the process: the pool discards it and the next query connects again.
 */
export function createPool(databaseUrl: string, options: Partial<PoolConfig> = {}): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, ...options });
  pool.on('error', () => undefined);
  return pool;
}

/** The Prisma client, on the JS engine with the pg driver adapter (works offline). */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
