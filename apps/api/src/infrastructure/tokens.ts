/** Injection tokens for infrastructure providers. */
export const API_CONFIG = Symbol('API_CONFIG');
export const PG_POOL = Symbol('PG_POOL');
export const PRISMA = Symbol('PRISMA');
