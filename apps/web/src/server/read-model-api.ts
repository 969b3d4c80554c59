import { read } from './api-client';
import { ApiProblem } from './api-problem';
import type { operations, QueryOf, SnapshotListItem } from './api-types';

/** Calls of the cluster pages (network, issues, workloads, namespaces, diff) to the REST API. */

function snapshotsPage(name: string, cursor: string | null, limit = 100) {
  return read((api) =>
    api.GET('/api/v1/clusters/{name}/snapshots', {
      params: { path: { name }, query: { limit, cursor: cursor ?? undefined } },
    }),
  );
}

/**
 * The snapshot a cluster page shows: `requested` when given (it must belong to the
 * cluster), else the newest analyzed one. Null when the cluster has none analyzed yet.
 */
export async function pickSnapshot(
  cluster: string,
  requested: string | null,
): Promise<SnapshotListItem | null> {
  let cursor: string | null = null;
  for (let pages = 0; pages < 10; pages += 1) {
    const page = await snapshotsPage(cluster, cursor);
    const found = requested
      ? page.items.find((item) => item.id === requested)
      : page.items.find((item) => item.status === 'done');
    if (found) return found;
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  if (requested)
    throw new ApiProblem('not_found', `Cluster ${cluster} has no snapshot ${requested}.`);
  return null;
}

/** The newest snapshots of a cluster (for the diff pickers). */
export async function recentSnapshots(cluster: string, limit = 100): Promise<SnapshotListItem[]> {
  return (await snapshotsPage(cluster, null, limit)).items;
}

/** The network view; each list (isolation, exposures, attack paths) holds at most `limit` items. */
export function getNetwork(id: string, limit = 30) {
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/network', { params: { path: { id }, query: { limit } } }),
  );
}

export function getMatrixCell(id: string, from: string, to: string) {
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/network/matrix/{from}/{to}', {
      params: { path: { id, from, to } },
    }),
  );
}

export interface ReachQuestion {
  from: string;
  to: string;
  port: string | null;
  protocol: string | null;
}

type ReachQuery = QueryOf<'askReachability'>;

export function askReach(id: string, question: ReachQuestion) {
  // the API validates port and protocol and names the field it refuses (shown on the page)
  const query = {
    from: question.from,
    to: question.to,
    ...(question.port ? { port: question.port } : {}),
    ...(question.protocol ? { protocol: question.protocol } : {}),
  } as unknown as ReachQuery;
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/network/reach', { params: { path: { id }, query } }),
  );
}

export function getDefaultDeny(id: string, namespace: string) {
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/network/namespaces/{namespace}/default-deny', {
      params: { path: { id, namespace } },
    }),
  );
}

/** The first 500 workloads of a snapshot (by id), as suggestions for a picker. */
export async function suggestWorkloads(id: string) {
  const page = await read((api) =>
    api.GET('/api/v1/snapshots/{id}/workloads', {
      params: { path: { id }, query: { limit: 500 } },
    }),
  );
  return page.items;
}

export function getWorkload(id: string, namespace: string, kind: string, name: string) {
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/workloads/{namespace}/{kind}/{name}', {
      params: { path: { id, namespace, kind, name } },
    }),
  );
}

/** One page of a snapshot's namespaces with their Pod Security (`total` counts them all). */
export function getNamespaces(id: string, cursor: string | null = null, limit = 100) {
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/namespaces', {
      params: { path: { id }, query: { limit, cursor: cursor ?? undefined } },
    }),
  );
}

/** What changed from snapshot `from` to snapshot `to`. */
export function getDiff(to: string, from: string) {
  return read((api) =>
    api.GET('/api/v1/snapshots/{id}/diff', {
      params: { path: { id: to }, query: { against: from, limit: 500 } },
    }),
  );
}

export type IssueQuery = QueryOf<'listClusterIssues'>;

/** The filters come from the page URL as they are; the API validates them and names what it refuses. */
export function listIssues(name: string, query: Record<string, string | number | null>) {
  const defined = Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== null && value !== ''),
  ) as unknown as IssueQuery;
  return read((api) =>
    api.GET('/api/v1/clusters/{name}/issues', { params: { path: { name }, query: defined } }),
  );
}

export async function listChecks() {
  return (await read((api) => api.GET('/api/v1/checks'))).items;
}

export type SuppressionRequest =
  operations['createSuppression']['requestBody']['content']['application/json'];

export function createSuppression(body: SuppressionRequest) {
  return read((api) => api.POST('/api/v1/suppressions', { body }));
}
