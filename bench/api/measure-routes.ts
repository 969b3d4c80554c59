import autocannon from 'autocannon';
import type { BenchRoute } from './api-bench-routes';

export interface RouteLatency {
  name: string;
  requests: number;
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, at)] ?? 0;
}

interface Run {
  route: BenchRoute;
  latencies: number[];
  non2xx: number;
  result: Promise<autocannon.Result>;
}

function start(
  api: string,
  headers: Record<string, string>,
  route: BenchRoute,
  options: { rate?: number; connections: number; duration: number },
): Run {
  const run: Omit<Run, 'result'> = { route, latencies: [], non2xx: 0 };
  let instance: ReturnType<typeof autocannon> | undefined;
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: api,
        connections: options.connections,
        ...(options.rate ? { overallRate: options.rate } : {}),
        duration: options.duration,
        timeout: 30,
        headers,
        requests: route.requests.map((r) => ({ ...r, headers: { ...headers, ...r.headers } })),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
  });
  instance?.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    run.latencies.push(ms);
    if (status < 200 || status > 299) run.non2xx += 1;
  });
  return { ...run, result };
}

function summarize(run: Run): RouteLatency {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    name: run.route.name,
    requests: sorted.length,
    non2xx: run.non2xx,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/**
 * Mixed traffic: every route at once, `total` requests/s shared between them, arriving
 * evenly spread over each second. autocannon's rate limit sends a connection's quota at the
 * start of each second, so `total` connections started together would fire as one burst of
 * `total` concurrent requests every second; instead each request slot is its own one-connection
 * instance at 1 request/s, started `1000 / total` ms after the previous one. Latencies are
 * merged per route.
 */
export async function mixedTraffic(
  api: string,
  headers: Record<string, string>,
  routes: BenchRoute[],
  total: number,
  seconds: number,
): Promise<RouteLatency[]> {
  const slots = routes.flatMap((route, i) => {
    const rate = Math.floor(total / routes.length) + (i < total % routes.length ? 1 : 0);
    return Array.from({ length: rate }, () => route);
  });
  // interleave the routes over the second, so no route's requests arrive back to back
  const order = slots
    .map((route, i) => ({ route, key: (i * 7919) % slots.length }))
    .sort((a, b) => a.key - b.key)
    .map((slot) => slot.route);
  const spacing = 1000 / Math.max(1, order.length);
  const runs = await Promise.all(
    order.map(
      (route, i) =>
        new Promise<Run>((resolve) =>
          setTimeout(
            () =>
              resolve(start(api, headers, route, { rate: 1, connections: 1, duration: seconds })),
            i * spacing,
          ),
        ),
    ),
  );
  await Promise.all(runs.map((r) => r.result));
  return routes.map((route) => {
    const mine = runs.filter((r) => r.route === route);
    return summarize({
      route,
      latencies: mine.flatMap((r) => r.latencies),
      non2xx: mine.reduce((sum, r) => sum + r.non2xx, 0),
      result: mine[0]!.result,
    });
  });
}

/** A route alone, closed loop with `connections` connections: the requests/s it sustains. */
export async function ceiling(
  api: string,
  headers: Record<string, string>,
  route: BenchRoute,
  seconds: number,
  connections = 8,
): Promise<{ rps: number; p99: number; non2xx: number }> {
  const run = start(api, headers, route, { connections, duration: seconds });
  const res = await run.result;
  const s = summarize(run);
  return { rps: s.requests / res.duration, p99: s.p99, non2xx: s.non2xx };
}

/** One request of each route, timed (the first one fills the API's caches). */
export async function warmUp(
  api: string,
  headers: Record<string, string>,
  routes: BenchRoute[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const route of routes) {
    let worst = 0;
    for (const r of route.requests) {
      const t0 = performance.now();
      const res = await fetch(api + r.path, {
        method: r.method,
        headers: { ...headers, ...r.headers },
        ...(r.body ? { body: r.body } : {}),
      });
      const text = await res.text();
      if (!res.ok || text.includes('"errors"'))
        throw new Error(
          `${route.name}: ${r.method} ${r.path} answered ${res.status}: ${text.slice(0, 300)}`,
        );
      worst = Math.max(worst, performance.now() - t0);
    }
    out.set(route.name, worst);
  }
  return out;
}
