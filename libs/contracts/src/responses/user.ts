import { z } from 'zod';
import { roleSchema } from '../roles';

/** A user as the API shows it (never a password or its hash). */
export const userViewSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string().nullable(),
    role: roleSchema,
    /** `*`: every cluster; otherwise the ids of the clusters this user may see. */
    clusters: z.union([z.literal('*'), z.array(z.string().uuid())]),
    /** Whether the user can sign in with a password (else only through single sign-on). */
    hasPassword: z.boolean(),
    /** A disabled user cannot sign in; their sessions were ended and their tokens are refused. */
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof userViewSchema>;

export const userListSchema = z.object({ items: z.array(userViewSchema) }).meta({ id: 'UserList' });

const password = z.string().min(12, 'at least 12 characters').max(1024);

/** `POST /api/v1/users`. Without `password`, one is generated and answered once. */
export const createUserInputSchema = z
  .object({
    email: z.string().trim().max(320).email(),
    role: roleSchema,
    /** `*` (default) or cluster names; stored as the clusters' ids. */
    clusters: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]).default('*'),
    password: password.optional(),
    displayName: z.string().max(200).optional(),
  })
  .meta({ id: 'CreateUserInput' });
export type CreateUserInput = z.input<typeof createUserInputSchema>;

/** `PATCH /api/v1/users/{email}`: a new role, new clusters, disable or enable; at least one. */
export const updateUserInputSchema = z
  .object({
    role: roleSchema.optional(),
    /** `*` or cluster names; replaces the user's clusters. */
    clusters: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]).optional(),
    /** true: no sign-in, sessions ended, tokens refused; false: enabled again. */
    disabled: z.boolean().optional(),
  })
  .refine((v) => v.role !== undefined || v.clusters !== undefined || v.disabled !== undefined, {
    message: 'give role, clusters or disabled',
  })
  .meta({ id: 'UpdateUserInput' });
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;

/** `POST /api/v1/users/{email}/password`. Without `password`, one is generated. */
export const resetPasswordInputSchema = z
  .object({ password: password.optional() })
  .meta({ id: 'ResetPasswordInput' });

/** A user with the password generated for them (null when the caller chose it), shown once. */
export const userWithPasswordSchema = z
  .object({
    user: userViewSchema,
    generatedPassword: z.string().nullable(),
    /** Sessions ended by a password reset. */
    sessionsEnded: z.number().int().optional(),
  })
  .meta({ id: 'UserWithPassword' });
export type UserWithPassword = z.infer<typeof userWithPasswordSchema>;
