import { z } from 'zod';
import { pageSchema } from '../pagination';
import { scopeSchema } from '../roles';

/** An API token as listed: never its secret. `clusters`: names, or `["*"]`. */
export const apiTokenSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the token.' }),
    scopes: z.array(scopeSchema),
    clusters: z.array(z.string()),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiTokenResponse = z.infer<typeof apiTokenSchema>;

/** The answer to creating a token: the secret, shown this once. */
export const createdApiTokenSchema = z
  .object({
    token: z.string().meta({ description: 'The secret (`kordon_…`): shown once, never again.' }),
    apiToken: apiTokenSchema,
  })
  .meta({ id: 'CreatedApiToken' });
export type CreatedApiTokenResponse = z.infer<typeof createdApiTokenSchema>;

export const apiTokenPageSchema = pageSchema(apiTokenSchema).meta({ id: 'ApiTokenPage' });
