import { z } from 'zod';

export const healthSchema = z
  .object({ status: z.literal('ok'), database: z.literal('up') })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof healthSchema>;
