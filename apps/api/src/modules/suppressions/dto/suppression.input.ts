import { Field, InputType } from '@nestjs/graphql';
import {
  KordonError,
  suppressionExpiry,
  suppressionInputSchema,
  zodIssuesToDetails,
  type SuppressionInput,
} from '@kordon/contracts';

@InputType({
  description: 'A suppression: a check, exactly one scope (cluster or repository), a reason.',
})
export class CreateSuppressionInput {
  @Field({ description: 'Check id or glob (`pss.baseline.*`).' }) check!: string;
  @Field({ nullable: true, description: 'Cluster name (or give repository).' }) cluster?: string;
  @Field({ nullable: true, description: 'CI repository whose scans it applies to.' })
  repository?: string;
  @Field({ nullable: true }) namespace?: string;
  @Field({ nullable: true, description: '`Kind/name` or `name`, globs allowed.' })
  workload?: string;
  @Field({ nullable: true }) container?: string;
  @Field() reason!: string;
  @Field({
    nullable: true,
    description: 'Date (valid through that day, UTC) or RFC 3339 timestamp.',
  })
  expires?: string;
}

/** Validates a create-suppression body; the expiry must lie in the future. */
export function parseSuppressionInput(
  body: unknown,
  now: Date,
  prefix = 'body',
): SuppressionInput & { expiresAt: Date | null } {
  const withoutNulls =
    body && typeof body === 'object'
      ? Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined))
      : body;
  const parsed = suppressionInputSchema.safeParse(withoutNulls);
  if (!parsed.success)
    throw new KordonError(
      'validation_failed',
      'invalid suppression',
      zodIssuesToDetails(parsed.error, prefix),
    );
  const expiresAt = suppressionExpiry(parsed.data);
  if (expiresAt && expiresAt.getTime() <= now.getTime())
    throw new KordonError('validation_failed', 'the expiry must lie in the future', [
      { path: `${prefix}.expires`, problem: 'already past' },
    ]);
  return { ...parsed.data, expiresAt };
}
