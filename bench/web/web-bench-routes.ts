/**
 * The dashboard routes `npm run bench:web` times, each with the element that means "the main
 * content is visible" (not the loading skeleton, not the header).
 */
export interface WebRoute {
  name: string;
  path: string;
  /**
   * A CSS selector inside <main> visible once the page's data is on screen. Server-rendered
   * pages send their heading with their data (the loading skeleton has none); the overview,
   * the posture charts (drawn in the browser) and the findings table are waited for themselves.
   */
  ready: string;
}

export interface WebTargets {
  cluster: string;
  latest: string;
  /** `namespace/Kind/name` of one workload of the latest snapshot. */
  workload: { namespace: string; kind: string; name: string };
}

export function webRoutes(t: WebTargets): WebRoute[] {
  const cluster = `/clusters/${encodeURIComponent(t.cluster)}`;
  const w = t.workload;
  return [
    { name: 'overview /', path: '/', ready: 'main table.overview tbody tr' },
    {
      name: 'posture /clusters/{name}',
      path: cluster,
      ready: 'main #chart-levels .recharts-wrapper > svg',
    },
    { name: 'issues', path: `${cluster}/issues`, ready: 'main h1' },
    { name: 'namespaces', path: `${cluster}/namespaces`, ready: 'main h1' },
    {
      name: 'workload',
      path: `${cluster}/workloads/${encodeURIComponent(w.namespace)}/${encodeURIComponent(w.kind)}/${encodeURIComponent(w.name)}`,
      ready: 'main h1',
    },
    { name: 'diff (newest two)', path: `${cluster}/diff`, ready: 'main h1' },
    {
      name: 'snapshot',
      path: `/snapshots/${encodeURIComponent(t.latest)}`,
      ready: 'main table.findings',
    },
    { name: 'scans', path: '/scans', ready: 'main h1' },
    { name: 'settings', path: '/settings', ready: 'main section#audit' },
    // last: a route that times out keeps the dashboard server busy and would slow the next ones
    { name: 'network', path: `${cluster}/network`, ready: 'main h1' },
  ];
}
