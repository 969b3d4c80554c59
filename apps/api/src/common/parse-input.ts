import type { z } from 'zod';
import { KordonError, zodIssuesToDetails } from '@kordon/contracts';

/**
 * Parses request input (`query`, `params`, `body`) with the schema its route
 * spec documents: a 400 `validation_failed` naming each bad field otherwise.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'query' | 'params' | 'body',
  message = `invalid ${where}`,
): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  throw new KordonError('validation_failed', message, zodIssuesToDetails(parsed.error, where));
}
