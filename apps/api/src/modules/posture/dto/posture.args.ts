import { z } from 'zod';
import { KordonError, zodIssuesToDetails } from '@kordon/contracts';
import { isoDateSchema } from '../../../common/iso-date';

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const postureQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  bucket: z.enum(['day', 'week']).default('day'),
  namespaces: z.enum(['true', 'false']).optional(),
});

export interface PostureArgs {
  from: Date;
  /** Exclusive. */
  to: Date;
  bucket: 'day' | 'week';
  namespaces: boolean;
}

/** `?from=&to=&bucket=day|week&namespaces=true`: `to` defaults to now, `from` to 30 days before; a date-only `to` includes that day. */
export function parsePostureArgs(query: Record<string, unknown>, now = new Date()): PostureArgs {
  const parsed = postureQuerySchema.safeParse({
    from: query['from'],
    to: query['to'],
    bucket: query['bucket'],
    namespaces: query['namespaces'],
  });
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid posture query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  const { from, to, bucket, namespaces } = parsed.data;
  const toDate = to
    ? new Date(DATE_ONLY.test(to) ? Date.parse(`${to}T00:00:00Z`) + DAY_MS : Date.parse(to))
    : now;
  const fromDate = from
    ? new Date(DATE_ONLY.test(from) ? `${from}T00:00:00Z` : from)
    : new Date(toDate.getTime() - 30 * DAY_MS);
  if (fromDate.getTime() >= toDate.getTime()) {
    throw new KordonError('validation_failed', 'invalid posture query', [
      { path: 'query.from', problem: 'must be before query.to' },
    ]);
  }
  return { from: fromDate, to: toDate, bucket, namespaces: namespaces === 'true' };
}
