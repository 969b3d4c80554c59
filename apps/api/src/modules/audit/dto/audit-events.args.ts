import { ArgsType, Field } from '@nestjs/graphql';
import { z } from 'zod';
import { KordonError, pageQuerySchema, zodIssuesToDetails } from '@kordon/contracts';
import type { AuditEventFilter } from '@kordon/db';
import { PageArgs } from '../../snapshots/dto/page.args';

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field({
    nullable: true,
    description: 'Exact action (`suppression.create`) or a prefix ending in a dot (`token.`).',
  })
  action?: string;
  @Field({ nullable: true, description: 'Principal id (`token:<id>`, `user:<id>`).' })
  actorId?: string;
  @Field({ nullable: true }) targetType?: string;
  @Field({ nullable: true }) targetId?: string;
  @Field({ nullable: true, description: 'RFC 3339; events at or after.' }) since?: string;
  @Field({ nullable: true, description: 'RFC 3339; events before.' }) until?: string;
}

const instant = z.iso.datetime({ offset: true, error: 'must be an RFC 3339 timestamp' });
export const auditQuerySchema = pageQuerySchema.extend({
  action: z.string().min(1).max(100).optional(),
  actorId: z.string().min(1).max(200).optional(),
  targetType: z.string().min(1).max(100).optional(),
  targetId: z.string().min(1).max(200).optional(),
  since: instant.optional(),
  until: instant.optional(),
});
const KEYS = ['limit', 'cursor', 'action', 'actorId', 'targetType', 'targetId', 'since', 'until'];

/** `?action=&actorId=&targetType=&targetId=&since=&until=&limit=&cursor=` */
export function parseAuditQuery(
  query: Record<string, unknown>,
): Omit<AuditEventFilter, 'visibleClusterIds'> {
  const parsed = auditQuerySchema.safeParse(
    Object.fromEntries(KEYS.map((k) => [k, query[k] ?? undefined])),
  );
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid audit log query',
      zodIssuesToDetails(parsed.error, 'query'),
    );
  const { since, until, ...rest } = parsed.data;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return {
    limit: rest.limit,
    ...defined,
    ...(since ? { since: new Date(since) } : {}),
    ...(until ? { until: new Date(until) } : {}),
  };
}
