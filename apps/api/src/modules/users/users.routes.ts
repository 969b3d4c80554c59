import { z } from 'zod';
import {
  createUserInputSchema,
  resetPasswordInputSchema,
  updateUserInputSchema,
  userListSchema,
  userViewSchema,
  userWithPasswordSchema,
} from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';

const emailParams = z.object({ email: z.string().meta({ description: "The user's email." }) });

export const USER_ROUTES = {
  list: defineRoute({
    method: 'get',
    path: '/api/v1/users',
    operationId: 'listUsers',
    summary: 'Every user, by email (admin only)',
    tag: 'users',
    scopes: ['admin'],
    responses: { 200: { description: 'The users.', schema: userListSchema } },
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/v1/users',
    operationId: 'createUser',
    summary: 'Create a user with a role, optionally restricted to clusters (admin only)',
    description:
      'Without `password` a random one is generated and answered once in `generatedPassword`. Only an argon2id hash is stored.',
    tag: 'users',
    scopes: ['admin'],
    body: {
      description: 'Email, role, clusters (`*` or names) and an optional password.',
      content: { 'application/json': createUserInputSchema },
    },
    responses: { 201: { description: 'The user.', schema: userWithPasswordSchema } },
    errors: ['conflict', 'not_found'],
  }),
  update: defineRoute({
    method: 'patch',
    path: '/api/v1/users/{email}',
    operationId: 'updateUser',
    summary: "Change a user's role or clusters, or disable or enable them (admin only)",
    description:
      'A new role or clusters apply from the next request of every session. Disabling ends the sessions, refuses sign-in and refuses the tokens the user created, until enabled again. An admin sees every cluster; the last enabled admin can be neither demoted nor disabled (409).',
    tag: 'users',
    scopes: ['admin'],
    params: emailParams,
    body: {
      description: 'At least one of role, clusters (`*` or names) and disabled.',
      content: { 'application/json': updateUserInputSchema },
    },
    responses: { 200: { description: 'The user as changed.', schema: userViewSchema } },
    errors: ['not_found', 'conflict'],
  }),
  resetPassword: defineRoute({
    method: 'post',
    path: '/api/v1/users/{email}/password',
    operationId: 'resetUserPassword',
    summary: "Set a user's password and end their sessions (admin only)",
    description: 'Without `password` a random one is generated and answered once.',
    tag: 'users',
    scopes: ['admin'],
    params: emailParams,
    body: {
      description: 'An optional new password.',
      content: { 'application/json': resetPasswordInputSchema },
    },
    responses: { 200: { description: 'The user.', schema: userWithPasswordSchema } },
    errors: ['not_found'],
  }),
};
