import { apiVersionOf, groupVersionPath, type KubeResource } from '@kordon/contracts';
import { KubeApiError, statusMessage } from './kube-api-error';
import type { KubeConnection } from './kube-connection';
import { kubeGet, KubeTransportError, type KubeAnswer } from './kube-request';
import { backoffMs, isRetryable, type RetryPolicy } from './retry-policy';

type Json = Record<string, unknown>;

export interface ListSettings {
  connection: KubeConnection;
  chunkSize: number;
  timeoutMs: number;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** Told about each retry and restart, for stderr. */
  notice: (text: string) => void;
}

/** How listing one kind ended: `complete`, or `forbidden` (403: nothing listed). */
export type ListOutcome = 'complete' | 'forbidden';

/** One GET, retried on timeouts, transport errors, 429 and 5xx with backoff. */
export async function getWithRetries(
  settings: ListSettings,
  path: string,
  what: string,
): Promise<KubeAnswer> {
  for (let attempt = 0; ; attempt += 1) {
    let answer: KubeAnswer | null = null;
    let problem: string;
    try {
      answer = await kubeGet(settings.connection, path, settings.timeoutMs);
      if (!isRetryable(answer.status)) return answer;
      problem = `${answer.status} ${statusMessage(answer.body, answer.status)}`;
    } catch (error) {
      if (!(error instanceof KubeTransportError)) throw error;
      problem = error.message;
    }
    if (attempt >= settings.retry.retries)
      throw new KubeApiError(
        `${what}: ${problem} (gave up after ${attempt + 1} attempts)`,
        answer?.status ?? null,
      );
    const wait = backoffMs(settings.retry, attempt + 1, answer?.retryAfterS ?? null);
    settings.notice(`${what}: ${problem}; retrying in ${wait} ms`);
    await settings.sleep(wait);
  }
}

function listPath(resource: KubeResource, chunkSize: number, continueToken: string | null): string {
  const query = new URLSearchParams({ limit: String(chunkSize) });
  if (continueToken) query.set('continue', continueToken);
  return `${groupVersionPath(resource)}/${resource.plural}?${query.toString()}`;
}

function uidOf(item: Json): string | null {
  const meta = item.metadata as { uid?: unknown } | undefined;
  return typeof meta?.uid === 'string' ? meta.uid : null;
}

/**
 * Lists one kind across all namespaces, page by page (`limit`/`continue`),
 * calling `write` with each item given its kind and apiVersion (typed lists
 * leave them out). An expired continue token (410) restarts the list, skipping
 * the uids already written. A 403 ends it as `forbidden`.
 */
export async function listResource(
  settings: ListSettings,
  resource: KubeResource,
  write: (object: Json, bytes: number) => Promise<void>,
): Promise<ListOutcome> {
  const written = new Set<string>();
  const apiVersion = apiVersionOf(resource);
  let continueToken: string | null = null;
  for (;;) {
    const path = listPath(resource, settings.chunkSize, continueToken);
    const answer = await getWithRetries(settings, path, `list ${resource.plural}`);
    if (answer.status === 403) return 'forbidden';
    if (answer.status === 410 && continueToken !== null) {
      settings.notice(
        `list ${resource.plural}: continue token expired (410); restarting the list, skipping ${written.size} already written`,
      );
      continueToken = null;
      continue;
    }
    if (answer.status !== 200)
      throw new KubeApiError(
        `list ${resource.plural}: ${statusMessage(answer.body, answer.status)}`,
        answer.status,
      );
    const body = answer.body as { items?: unknown; metadata?: { continue?: unknown } } | null;
    const items = Array.isArray(body?.items) ? (body.items as Json[]) : [];
    const perItem = items.length > 0 ? answer.bytes / items.length : 0;
    for (const item of items) {
      const uid = uidOf(item);
      if (uid !== null && written.has(uid)) continue;
      if (uid !== null) written.add(uid);
      await write({ apiVersion, kind: resource.kind, ...item }, perItem);
    }
    const next = body?.metadata?.continue;
    if (typeof next !== 'string' || next === '') return 'complete';
    continueToken = next;
  }
}
