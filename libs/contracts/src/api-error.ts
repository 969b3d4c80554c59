import { z } from 'zod';
import { errorCodeSchema } from './error-codes';

/** One precise problem: where (`line 7: spec.containers`, `limit`) and what. */
export const errorDetailSchema = z.object({
  path: z.string(),
  problem: z.string(),
});

export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/** The error body everywhere: `{"code","message","details":[{"path","problem"}]}`. */
export const apiErrorSchema = z
  .object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.array(errorDetailSchema),
  })
  .meta({ id: 'ApiError' });

export type ApiError = z.infer<typeof apiErrorSchema>;
