import { z } from 'zod';
import { roleSchema, scopeSchema } from './roles';

/** `POST /auth/sign-in` body. */
export const signInRequestSchema = z.object({
  email: z.string().trim().min(3).max(320).email(),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** `GET /auth/me` (and the sign-in answer): who is signed in and what they may do. */
export const meResponseSchema = z.object({
  kind: z.enum(['session', 'token']),
  label: z.string(),
  user: z.object({ id: z.string(), email: z.string(), role: roleSchema }).nullable(),
  scopes: z.array(scopeSchema),
  /** `'*'` or the cluster ids this caller may see. */
  clusters: z.union([z.literal('*'), z.array(z.string())]),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** `GET /auth/providers`: what the sign-in page offers. */
export const authProvidersSchema = z.object({
  password: z.boolean(),
  oidc: z.object({ label: z.string() }).nullable(),
});
export type AuthProviders = z.infer<typeof authProvidersSchema>;
