import {
  apiTokenPageSchema,
  apiTokenSchema,
  createdApiTokenSchema,
  type ApiTokenResponse,
  type CreatedApiTokenResponse,
  type TokenInput,
} from '@kordon/contracts';
import type { z } from 'zod';
import { callApi } from '../upload/api-client';
import { ApiFailure } from '../upload/api-failure';
import type { ApiTarget } from '../upload/resolve-api';

function parsed<T>(schema: z.ZodType<T>, body: unknown, status: number): T {
  const result = schema.safeParse(body);
  if (!result.success)
    throw new ApiFailure('the API answered with an unexpected token body', 3, status);
  return result.data;
}

export async function createToken(
  target: ApiTarget,
  input: TokenInput,
): Promise<CreatedApiTokenResponse> {
  const { status, body } = await callApi(target, {
    method: 'POST',
    path: '/api/v1/tokens',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return parsed(createdApiTokenSchema, body, status);
}

/** Every page of the tokens the caller may see. */
export async function listTokens(
  target: ApiTarget,
  includeRevoked: boolean,
): Promise<ApiTokenResponse[]> {
  const out: ApiTokenResponse[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({
      limit: '500',
      ...(includeRevoked ? { includeRevoked: 'true' } : {}),
      ...(cursor ? { cursor } : {}),
    });
    const { status, body } = await callApi(target, {
      method: 'GET',
      path: `/api/v1/tokens?${params.toString()}`,
    });
    const page = parsed(apiTokenPageSchema, body, status);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export async function revokeToken(target: ApiTarget, id: string): Promise<ApiTokenResponse> {
  const { status, body } = await callApi(target, {
    method: 'DELETE',
    path: `/api/v1/tokens/${encodeURIComponent(id)}`,
  });
  return parsed(apiTokenSchema, body, status);
}
