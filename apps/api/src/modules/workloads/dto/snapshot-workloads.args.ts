import { z } from 'zod';
import { KordonError, decodeCursor, pageQuerySchema, zodIssuesToDetails } from '@kordon/contracts';
import { PSS_LEVELS } from '@kordon/engine';

export const snapshotWorkloadsQuerySchema = pageQuerySchema.extend({
  namespace: z.string().min(1).max(253).optional(),
  kind: z.string().min(1).max(63).optional(),
  level: z.enum(PSS_LEVELS).optional(),
  exposed: z.enum(['true', 'false']).optional(),
});

export interface SnapshotWorkloadsArgs {
  limit: number;
  /** The id (`namespace/Kind/name`) of the last workload of the previous page. */
  after: string | null;
  namespace?: string;
  kind?: string;
  level?: (typeof PSS_LEVELS)[number];
  exposed?: boolean;
}

const cursorSchema = z.object({ after: z.string().min(1).max(1024) });

/** `?namespace=&kind=&level=privileged|baseline|restricted&exposed=true|false&limit=&cursor=` */
export function parseSnapshotWorkloadsArgs(query: Record<string, unknown>): SnapshotWorkloadsArgs {
  const keys = ['limit', 'cursor', 'namespace', 'kind', 'level', 'exposed'] as const;
  const parsed = snapshotWorkloadsQuerySchema.safeParse(
    Object.fromEntries(keys.map((k) => [k, query[k]])),
  );
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid workload query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  const q = parsed.data;
  return {
    limit: q.limit,
    after: q.cursor ? decodeCursor(q.cursor, cursorSchema).after : null,
    ...(q.namespace ? { namespace: q.namespace } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.level ? { level: q.level } : {}),
    ...(q.exposed ? { exposed: q.exposed === 'true' } : {}),
  };
}
