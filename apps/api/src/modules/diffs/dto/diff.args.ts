import { z } from 'zod';
import { KordonError, zodIssuesToDetails } from '@kordon/contracts';

export const diffQuerySchema = z.object({
  against: z
    .string({ error: 'required: the id of the snapshot to compare with' })
    .uuid('must be a snapshot id (uuid)'),
  limit: z.coerce
    .number('must be a number')
    .int('must be an integer')
    .min(0, 'must be at least 0')
    .max(500, 'must be at most 500')
    .default(100),
});

export interface DiffArgs {
  against: string;
  /** Cap of each list (counts are always complete). */
  limit: number;
}

/** `?against={snapshotId}&limit=` */
export function parseDiffArgs(query: Record<string, unknown>): DiffArgs {
  const parsed = diffQuerySchema.safeParse({ against: query['against'], limit: query['limit'] });
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid diff query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  return parsed.data;
}
