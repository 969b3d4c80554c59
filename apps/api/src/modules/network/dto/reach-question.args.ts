import { z } from 'zod';
import { KordonError, reachProtocolSchema, zodIssuesToDetails } from '@kordon/contracts';

export const reachQuestionQuerySchema = z.object({
  from: z.string().min(1, 'must not be empty').max(600),
  to: z.string().min(1, 'must not be empty').max(600),
  port: z.coerce
    .number('must be a number')
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(65535, 'must be at most 65535')
    .optional(),
  protocol: reachProtocolSchema.optional(),
});

export type ReachQuestionArgs = z.infer<typeof reachQuestionQuerySchema>;

/** `?from=NS/Kind/NAME|NS/NAME&to=…&port=&protocol=TCP|UDP|SCTP` — as `kordon reach` takes them. */
export function parseReachQuestionArgs(query: Record<string, unknown>): ReachQuestionArgs {
  const keys = ['from', 'to', 'port', 'protocol'] as const;
  const parsed = reachQuestionQuerySchema.safeParse(
    Object.fromEntries(keys.map((k) => [k, query[k]])),
  );
  if (parsed.success) return parsed.data;
  throw new KordonError(
    'validation_failed',
    'invalid reachability question',
    zodIssuesToDetails(parsed.error, 'query'),
  );
}
