import { read } from './api-client';
import type { paths, QueryOf } from './api-types';

/** Calls of the admin settings page: tokens, users, suppressions, webhooks, audit log. */

type Body<P extends keyof paths, M extends 'post'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type CreateTokenBody = Body<'/api/v1/tokens', 'post'>;
export type CreateUserBody = Body<'/api/v1/users', 'post'>;
export type CreateWebhookBody = Body<'/api/v1/webhooks', 'post'>;

export function listTokens() {
  return read((api) => api.GET('/api/v1/tokens', { params: { query: { limit: 200 } } }));
}

export function createToken(body: CreateTokenBody) {
  return read((api) => api.POST('/api/v1/tokens', { body }));
}

export async function revokeToken(id: string): Promise<void> {
  await read(async (api) => {
    const answer = await api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } });
    return { ...answer, data: answer.response.ok ? true : undefined };
  });
}

export function listUsers() {
  return read((api) => api.GET('/api/v1/users'));
}

export function createUser(body: CreateUserBody) {
  return read((api) => api.POST('/api/v1/users', { body }));
}

export function listSuppressions() {
  return read((api) =>
    api.GET('/api/v1/suppressions', { params: { query: { limit: 200, includeExpired: 'true' } } }),
  );
}

export async function deleteSuppression(id: string): Promise<void> {
  await read(async (api) => {
    const answer = await api.DELETE('/api/v1/suppressions/{id}', { params: { path: { id } } });
    return { ...answer, data: answer.response.ok ? true : undefined };
  });
}

export function listWebhooks() {
  return read((api) => api.GET('/api/v1/webhooks'));
}

export function createWebhook(body: CreateWebhookBody) {
  return read((api) => api.POST('/api/v1/webhooks', { body }));
}

export async function deleteWebhook(id: string): Promise<void> {
  await read(async (api) => {
    const answer = await api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } });
    return { ...answer, data: answer.response.ok ? true : undefined };
  });
}

export function listAuditEvents(query: QueryOf<'listAuditEvents'>) {
  return read((api) => api.GET('/api/v1/audit-events', { params: { query } }));
}
