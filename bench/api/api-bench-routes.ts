/** The routes `npm run bench:api` drives (issues #9 and #10), as autocannon requests. */

export interface BenchTarget {
  cluster: string;
  /** The cluster's newest snapshot, and the one before it (for diffs). */
  latest: string;
  previous: string;
}

export interface BenchRoute {
  name: string;
  issue: 9 | 10;
  /** One request per target: autocannon cycles through them. */
  requests: {
    method: 'GET' | 'POST';
    path: string;
    body?: string;
    headers?: Record<string, string>;
  }[];
}

/** A namespace with three Deployments in the 15,000-pod synthetic cluster, and a pair across namespaces. */
const WORKLOAD = 'ns-00166/Deployment/app-166';
const OTHER = 'ns-00333/Deployment/app-1333';
const DAY = 86_400_000;

const gql = (query: string, variables: Record<string, unknown>) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

const FINDINGS = `query($id: ID!) { snapshot(id: $id) { findings(first: 50) {
  nodes { id checkId severity kind namespace name container path message firstSeenAt }
  pageInfo { hasNextPage endCursor } } } }`;
const ISSUES = `query($c: String!) { cluster(name: $c) { issues(first: 50, status: open, severity: high) {
  nodes { id checkId severity kind namespace name message firstSeenAt reopenCount }
  pageInfo { hasNextPage endCursor } } } }`;
const POSTURE = `query($c: String!, $from: DateTime!, $to: DateTime!) { cluster(name: $c) {
  posture(from: $from, to: $to, bucket: day) { points { at score workloads exposed attackPaths
  severities { critical high medium low info } levels { privileged baseline restricted } } } } }`;
const SUMMARY = `query($id: ID!) { snapshot(id: $id) { id status collectedAt objectCount namespaces
  counts { critical high medium low info total } posture { score workloads exposed attackPaths } } }`;
const DIFF = `query($id: ID!, $against: ID!) { snapshot(id: $id) { diff(against: $against, limit: 100) {
  issues { counts { new resolved unchanged } new { id checkId namespace name } resolved { id checkId namespace name } }
  workloads { counts { added removed levelChanged } levelChanged { id from to } }
  reach { complete counts { becameReachable becameUnreachable } } } } }`;

/** The mixed traffic: #9's five questions over REST and GraphQL, and #10's six over REST. */
export function benchRoutes(targets: BenchTarget[], now: Date): BenchRoute[] {
  const to = new Date(now.getTime() + DAY).toISOString();
  const from = new Date(now.getTime() - 90 * DAY).toISOString();
  const each = (
    name: string,
    issue: 9 | 10,
    request: (t: BenchTarget) => BenchRoute['requests'][number],
  ): BenchRoute => ({ name, issue, requests: targets.map(request) });
  const get = (path: string) => ({ method: 'GET' as const, path });
  const snap = (t: BenchTarget) => `/api/v1/snapshots/${t.latest}`;
  return [
    each('findings page (50)', 9, (t) => get(`${snap(t)}/findings?limit=50`)),
    each('issue list, filtered, free text', 9, (t) =>
      get(`/api/v1/clusters/${t.cluster}/issues?status=open&severity=high&q=privileged&limit=50`),
    ),
    each('90-day posture series', 9, (t) =>
      get(`/api/v1/clusters/${t.cluster}/posture?from=${from}&to=${to}&bucket=day`),
    ),
    each('snapshot summary', 9, (t) => get(snap(t))),
    each('diff (day before)', 9, (t) => get(`${snap(t)}/diff?against=${t.previous}`)),
    each('GraphQL findings page', 9, (t) => gql(FINDINGS, { id: t.latest })),
    each('GraphQL issue list, filtered', 9, (t) => gql(ISSUES, { c: t.cluster })),
    each('GraphQL 90-day posture', 9, (t) => gql(POSTURE, { c: t.cluster, from, to })),
    each('GraphQL snapshot summary', 9, (t) => gql(SUMMARY, { id: t.latest })),
    each('GraphQL diff', 9, (t) => gql(DIFF, { id: t.latest, against: t.previous })),
    each('workload detail', 10, (t) => get(`${snap(t)}/workloads/${WORKLOAD}`)),
    each('workload list page (50)', 10, (t) => get(`${snap(t)}/workloads?limit=50`)),
    each('namespace matrix (network view)', 10, (t) => get(`${snap(t)}/network`)),
    each('matrix cell', 10, (t) => get(`${snap(t)}/network/matrix/ns-00166/ns-00333`)),
    each('reachability question', 10, (t) =>
      get(`${snap(t)}/network/reach?from=${WORKLOAD}&to=${OTHER}&port=8080`),
    ),
    each('namespaces view', 10, (t) => get(`${snap(t)}/namespaces`)),
  ];
}
