import { z } from 'zod';
import { ISSUE_SORTS, pageQuerySchema, severitySchema, type IssueFilter } from '@kordon/contracts';
import { isoDateSchema } from './iso-date';

const text = (max: number, description: string) =>
  z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).meta({
    description,
  });

/** `?namespace=&workload=&kind=&check=&severity=&firstSeenAfter=&firstSeenBefore=&q=&sort=&limit=&cursor=` */
export const issueFilterQuerySchema = pageQuerySchema.extend({
  namespace: text(253, 'Only this namespace.').optional(),
  workload: text(
    253,
    'Only this workload (its name: the Deployment, CronJob, bare Pod …).',
  ).optional(),
  kind: text(63, 'Only workloads of this kind (`Deployment`).').optional(),
  check: text(
    200,
    'A check id (`pss.baseline.privileged`), or a prefix ending in `.` or `*` (`pss.restricted.`).',
  ).optional(),
  severity: severitySchema.optional(),
  firstSeenAfter: isoDateSchema.optional().meta({ description: 'First seen after (exclusive).' }),
  firstSeenBefore: isoDateSchema.optional().meta({ description: 'First seen before (exclusive).' }),
  q: text(
    200,
    'Free text, case-insensitive: check id, namespace, name, container, path, message.',
  ).optional(),
  sort: z.enum(ISSUE_SORTS).default('severity').meta({
    description: 'Order: most severe first (default), by first seen, namespace or check.',
  }),
});

export type IssueFilterQuery = z.output<typeof issueFilterQuerySchema>;

/** The parsed query as the repositories take it. */
export function toIssueFilter(q: IssueFilterQuery): IssueFilter {
  return {
    limit: q.limit,
    sort: q.sort,
    ...(q.cursor ? { cursor: q.cursor } : {}),
    ...(q.namespace ? { namespace: q.namespace } : {}),
    ...(q.workload ? { workload: q.workload } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.check ? { check: q.check } : {}),
    ...(q.severity ? { severity: q.severity } : {}),
    ...(q.firstSeenAfter ? { firstSeenAfter: new Date(q.firstSeenAfter) } : {}),
    ...(q.firstSeenBefore ? { firstSeenBefore: new Date(q.firstSeenBefore) } : {}),
    ...(q.q ? { text: q.q } : {}),
  };
}
