import { z } from 'zod';
import { KordonError } from './kordon-error';

export const MAX_PAGE_LIMIT = 500;
export const DEFAULT_PAGE_LIMIT = 50;

/** `?limit=&cursor=` — query strings are coerced. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number('must be a number')
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_LIMIT, `must be at most ${MAX_PAGE_LIMIT}`)
    .default(DEFAULT_PAGE_LIMIT),
  cursor: z.string().min(1, 'must not be empty').optional(),
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

/** Decodes a cursor; with a schema, also checks its shape. Anything wrong → `invalid_cursor`. */
export function decodeCursor(text: string): unknown;
export function decodeCursor<T>(text: string, schema: z.ZodType<T>): T;
export function decodeCursor<T>(text: string, schema?: z.ZodType<T>): unknown {
  if (!BASE64URL.test(text)) invalidCursor('not a cursor returned by this API');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
  } catch {
    invalidCursor('not a cursor returned by this API');
  }
  if (schema === undefined) return value;
  const result = schema.safeParse(value);
  if (!result.success) invalidCursor('not a cursor returned by this API');
  return result.data;
}
