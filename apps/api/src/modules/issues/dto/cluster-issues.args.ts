import { z } from 'zod';
import { KordonError, pageQuerySchema, zodIssuesToDetails } from '@kordon/contracts';
import type { ClusterIssueFilter } from '@kordon/db';
import { SEVERITIES } from '@kordon/engine';

const dateTime = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)),
    'must be an ISO date or date-time',
  );

const schema = pageQuerySchema.extend({
  status: z.enum(['new', 'open', 'resolved']).optional(),
  severity: z.enum(SEVERITIES as unknown as [string, ...string[]]).optional(),
  firstSeenAfter: dateTime.optional(),
  firstSeenBefore: dateTime.optional(),
});

/** `?status=new|open|resolved&severity=&firstSeenAfter=&firstSeenBefore=&limit=&cursor=` */
export function parseClusterIssuesArgs(query: Record<string, unknown>): ClusterIssueFilter {
  const keys = [
    'limit',
    'cursor',
    'status',
    'severity',
    'firstSeenAfter',
    'firstSeenBefore',
  ] as const;
  const parsed = schema.safeParse(Object.fromEntries(keys.map((k) => [k, query[k]])));
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid issue query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  const q = parsed.data;
  return {
    limit: q.limit,
    ...(q.cursor ? { cursor: q.cursor } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.severity ? { severity: q.severity } : {}),
    ...(q.firstSeenAfter ? { firstSeenAfter: new Date(q.firstSeenAfter) } : {}),
    ...(q.firstSeenBefore ? { firstSeenBefore: new Date(q.firstSeenBefore) } : {}),
  };
}
