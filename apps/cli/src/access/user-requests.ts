import {
  userViewSchema,
  userWithPasswordSchema,
  type CreateUserInput,
  type UpdateUserInput,
  type UserView,
  type UserWithPassword,
} from '@kordon/contracts';
import { callApi } from '../upload/api-client';
import { ApiFailure } from '../upload/api-failure';
import type { ApiTarget } from '../upload/resolve-api';

function parsed(body: unknown, status: number): UserWithPassword {
  const result = userWithPasswordSchema.safeParse(body);
  if (!result.success)
    throw new ApiFailure('the API answered with an unexpected user body', 3, status);
  return result.data;
}

export async function createUser(
  target: ApiTarget,
  input: CreateUserInput,
): Promise<UserWithPassword> {
  const { status, body } = await callApi(target, {
    method: 'POST',
    path: '/api/v1/users',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return parsed(body, status);
}

export async function resetPassword(
  target: ApiTarget,
  email: string,
  password: string | undefined,
): Promise<UserWithPassword> {
  const { status, body } = await callApi(target, {
    method: 'POST',
    path: `/api/v1/users/${encodeURIComponent(email)}/password`,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(password === undefined ? {} : { password }),
  });
  return parsed(body, status);
}

/** `PATCH /api/v1/users/{email}`: role, clusters, disabled. */
export async function updateUser(
  target: ApiTarget,
  email: string,
  input: UpdateUserInput,
): Promise<UserView> {
  const { status, body } = await callApi(target, {
    method: 'PATCH',
    path: `/api/v1/users/${encodeURIComponent(email)}`,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = userViewSchema.safeParse(body);
  if (!result.success)
    throw new ApiFailure('the API answered with an unexpected user body', 3, status);
  return result.data;
}
