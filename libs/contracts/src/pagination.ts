import { z } from 'zod';
import { KordonError } from './kordon-error';

export const MAX_PAGE_LIMIT = 500;
export const DEFAULT_PAGE_LIMIT = 50;
/** Cursors this API hands out are far shorter; longer ones are refused before decoding. */
export const MAX_CURSOR_LENGTH = 1024;

/** `?limit=&cursor=` — query strings are coerced. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number('must be a number')
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_LIMIT, `must be at most ${MAX_PAGE_LIMIT}`)
    .default(DEFAULT_PAGE_LIMIT),
  cursor: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_CURSOR_LENGTH, `must be at most ${MAX_CURSOR_LENGTH} characters`)
    .optional(),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Schema of a page of `item`, for OpenAPI and client-side validation. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Opaque cursor: base64url of the JSON of the position. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

function invalidCursor(problem: string): never {
  throw new KordonError('invalid_cursor', `cursor: ${problem}`, [{ path: 'cursor', problem }]);
}

/**
 * Field schemas for cursor positions: every value a cursor carries is checked
 * as strictly as the column it is compared with, so a forged cursor is a 400,
 * never a database error.
 */
export const cursorField = {
  /** A timestamp written by `toISOString()`. */
  timestamp: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/)
    .refine(
      (s) =>
        !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s.slice(0, 10),
    ),
  /** A Postgres `int` (ranks, counters). */
  int: z.number().int().min(-2_147_483_648).max(2_147_483_647),
  uuid: z.string().uuid(),
  /** A name as stored (cluster, namespace, workload): no NUL, bounded. */
  name: z
    .string()
    .max(512)
    .refine((s) => !s.includes('\u0000')),
};

function hasUnsafeValue(value: unknown, depth = 0): boolean {
  if (depth > 4) return true;
  if (typeof value === 'string') return value.includes('\u0000');
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some((v) => hasUnsafeValue(v, depth + 1));
  if (value !== null && typeof value === 'object')
    return Object.values(value).some((v) => hasUnsafeValue(v, depth + 1));
  return false;
}

/**
 * Decodes a cursor; with a schema, also checks its shape (build it from
 * `cursorField`). Anything wrong → `invalid_cursor`, including NUL characters
 * and nesting a cursor never has.
 */
export function decodeCursor(text: string): unknown;
export function decodeCursor<T>(text: string, schema: z.ZodType<T>): T;
export function decodeCursor<T>(text: string, schema?: z.ZodType<T>): unknown {
  if (text.length > MAX_CURSOR_LENGTH || !BASE64URL.test(text))
    invalidCursor('not a cursor returned by this API');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
  } catch {
    invalidCursor('not a cursor returned by this API');
  }
  if (hasUnsafeValue(value)) invalidCursor('not a cursor returned by this API');
  if (schema === undefined) return value;
  const result = schema.safeParse(value);
  if (!result.success) invalidCursor('not a cursor returned by this API');
  return result.data;
}
