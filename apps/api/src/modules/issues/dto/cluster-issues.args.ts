import {
  KordonError,
  issueStatusSchema,
  pageQuerySchema,
  severitySchema,
  zodIssuesToDetails,
} from '@kordon/contracts';
import type { ClusterIssueFilter } from '@kordon/db';
import { isoDateSchema } from '../../../common/iso-date';

export const clusterIssuesQuerySchema = pageQuerySchema.extend({
  status: issueStatusSchema
    .optional()
    .describe(
      '`open`: open and not suppressed; `new`: also first seen at the newest snapshot; `suppressed`: held by a suppression in force now',
    ),
  severity: severitySchema.optional(),
  firstSeenAfter: isoDateSchema.optional(),
  firstSeenBefore: isoDateSchema.optional(),
});

/** `?status=new|open|resolved|suppressed&severity=&firstSeenAfter=&firstSeenBefore=&limit=&cursor=` */
export function parseClusterIssuesArgs(query: Record<string, unknown>): ClusterIssueFilter {
  const keys = [
    'limit',
    'cursor',
    'status',
    'severity',
    'firstSeenAfter',
    'firstSeenBefore',
  ] as const;
  const parsed = clusterIssuesQuerySchema.safeParse(
    Object.fromEntries(keys.map((k) => [k, query[k]])),
  );
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
