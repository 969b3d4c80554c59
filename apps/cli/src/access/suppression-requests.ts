import {
  suppressionViewSchema,
  type SuppressionInput,
  type SuppressionRule,
  type SuppressionView,
} from '@kordon/contracts';
import { z } from 'zod';
import { callApi } from '../upload/api-client';
import { ApiFailure } from '../upload/api-failure';
import type { ApiTarget } from '../upload/resolve-api';

const pageOf = z.object({
  items: z.array(suppressionViewSchema),
  nextCursor: z.string().nullable(),
});

function parsed<T>(schema: z.ZodType<T>, body: unknown, status: number): T {
  const result = schema.safeParse(body);
  if (!result.success)
    throw new ApiFailure('the API answered with an unexpected suppression body', 3, status);
  return result.data;
}

export async function createSuppression(
  target: ApiTarget,
  input: SuppressionInput,
): Promise<SuppressionView> {
  const { status, body } = await callApi(target, {
    method: 'POST',
    path: '/api/v1/suppressions',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return parsed(suppressionViewSchema, body, status);
}

/** Every page of suppressions matching the query. */
export async function listSuppressions(
  target: ApiTarget,
  query: Record<string, string>,
): Promise<SuppressionView[]> {
  const out: SuppressionView[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '500', ...(cursor ? { cursor } : {}) });
    const { status, body } = await callApi(target, {
      method: 'GET',
      path: `/api/v1/suppressions?${params.toString()}`,
    });
    const page = parsed(pageOf, body, status);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export async function deleteSuppression(target: ApiTarget, id: string): Promise<void> {
  await callApi(target, {
    method: 'DELETE',
    path: `/api/v1/suppressions/${encodeURIComponent(id)}`,
  });
}

/** A rule of a suppressions file, scoped to a cluster or a repository. */
export function ruleToInput(
  rule: SuppressionRule,
  scope: { cluster?: string; repository?: string },
): SuppressionInput {
  return { ...rule, ...scope };
}
