import { ArgsType, Field } from '@nestjs/graphql';
import { z } from 'zod';
import { KordonError, pageQuerySchema, zodIssuesToDetails } from '@kordon/contracts';
import { PageArgs } from '../../snapshots/dto/page.args';
import type { SuppressionListArgs } from '../suppressions.service';

@ArgsType()
export class SuppressionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only this cluster (name).' }) cluster?: string;
  @Field({ nullable: true, description: 'Only this CI repository.' }) repository?: string;
  @Field({ nullable: true, description: 'Also list expired ones (default false).' })
  includeExpired?: boolean;
}

export const suppressionListQuerySchema = pageQuerySchema.extend({
  cluster: z.string().min(1).optional(),
  repository: z.string().min(1).optional(),
  includeExpired: z
    .enum(['true', 'false'], 'must be true or false')
    .transform((v) => v === 'true')
    .optional(),
});

/** `?cluster=&repository=&includeExpired=&limit=&cursor=` */
export function parseSuppressionListQuery(query: Record<string, unknown>): SuppressionListArgs {
  const keys = ['limit', 'cursor', 'cluster', 'repository', 'includeExpired'] as const;
  const parsed = suppressionListQuerySchema.safeParse(
    Object.fromEntries(keys.map((k) => [k, query[k]])),
  );
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid suppression query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  const q = parsed.data;
  return {
    limit: q.limit,
    ...(q.cursor ? { cursor: q.cursor } : {}),
    ...(q.cluster ? { cluster: q.cluster } : {}),
    ...(q.repository ? { repository: q.repository } : {}),
    ...(q.includeExpired !== undefined ? { includeExpired: q.includeExpired } : {}),
  };
}
