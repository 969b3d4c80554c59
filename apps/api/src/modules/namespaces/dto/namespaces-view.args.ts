import { z } from 'zod';
import { KordonError, decodeCursor, pageQuerySchema, zodIssuesToDetails } from '@kordon/contracts';

/** Namespaces a page holds when the request names no `limit`. */
export const NAMESPACES_VIEW_DEFAULT_LIMIT = 100;

export const namespacesViewQuerySchema = pageQuerySchema.extend({
  limit: pageQuerySchema.shape.limit
    .unwrap()
    .default(NAMESPACES_VIEW_DEFAULT_LIMIT)
    .meta({
      description: `Namespaces per page, 1–500 (default ${NAMESPACES_VIEW_DEFAULT_LIMIT}).`,
    }),
});

export interface NamespacesViewArgs {
  limit: number;
  /** The name of the last namespace of the previous page. */
  after: string | null;
}

const cursorSchema = z.object({ after: z.string().min(1).max(253) });

/** `?limit=&cursor=` */
export function parseNamespacesViewArgs(query: Record<string, unknown>): NamespacesViewArgs {
  const parsed = namespacesViewQuerySchema.safeParse({
    limit: query['limit'],
    cursor: query['cursor'],
  });
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid namespaces query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  const q = parsed.data;
  return { limit: q.limit, after: q.cursor ? decodeCursor(q.cursor, cursorSchema).after : null };
}
