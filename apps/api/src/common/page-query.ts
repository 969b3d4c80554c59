import {
  KordonError,
  pageQuerySchema,
  zodIssuesToDetails,
  type PageQuery,
} from '@kordon/contracts';

/** Parses `?limit=&cursor=` into a page query, with a 400 naming the field on bad input. */
export function parsePageQuery(query: Record<string, unknown>): PageQuery {
  const parsed = pageQuerySchema.safeParse({ limit: query['limit'], cursor: query['cursor'] });
  if (parsed.success) return parsed.data;
  throw new KordonError(
    'validation_failed',
    'invalid paging parameters',
    zodIssuesToDetails(parsed.error, 'query'),
  );
}
