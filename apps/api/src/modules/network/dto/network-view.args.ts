import { z } from 'zod';
import { KordonError, zodIssuesToDetails } from '@kordon/contracts';

/** Items each list of the network view holds when the request names no `limit`. */
export const NETWORK_VIEW_DEFAULT_LIMIT = 500;
export const NETWORK_VIEW_MAX_LIMIT = 20_000;

export const networkViewQuerySchema = z.object({
  limit: z.coerce
    .number('must be a number')
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(NETWORK_VIEW_MAX_LIMIT, `must be at most ${NETWORK_VIEW_MAX_LIMIT}`)
    .default(NETWORK_VIEW_DEFAULT_LIMIT)
    .meta({
      description: `Items each list (isolation, exposures, dangling backends, attack paths) holds at most; \`totals\` counts them all. Default ${NETWORK_VIEW_DEFAULT_LIMIT}.`,
    }),
});

export type NetworkViewArgs = z.infer<typeof networkViewQuerySchema>;

/** `?limit=` (1–20,000, default 500). */
export function parseNetworkViewArgs(query: Record<string, unknown>): NetworkViewArgs {
  const parsed = networkViewQuerySchema.safeParse({ limit: query['limit'] });
  if (parsed.success) return parsed.data;
  throw new KordonError(
    'validation_failed',
    'invalid network view query',
    zodIssuesToDetails(parsed.error, 'query'),
  );
}
