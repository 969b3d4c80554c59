import { Pool, type PoolConfig } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export type { PrismaClient };

/** A pg pool for the hand-written SQL paths (COPY, interval queries, locks). */
export function createPool(databaseUrl: string, options: Partial<PoolConfig> = {}): Pool {
  return new Pool({ connectionString: databaseUrl, max: 10, ...options });
}

/** The Prisma client, on the JS engine with the pg driver adapter (works offline). */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
