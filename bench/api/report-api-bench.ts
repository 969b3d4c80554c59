import type { Machine } from '../machine';
import type { RouteLatency } from './measure-routes';
import type { Reach150k } from './reach-150k';

export interface ApiBenchResult {
  machine: Machine;
  seed: {
    built: boolean;
    buildSeconds: number;
    copySeconds: number;
    rows: { table: string; rows: number }[];
  };
  seconds: number;
  load: { before: number; after: number; ceilings: number };
  routes: {
    name: string;
    issue: 9 | 10;
    firstMs: number;
    mixed: RouteLatency;
    ceiling: { rps: number; p99: number; non2xx: number };
  }[];
  reach150k: Reach150k | null;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The generated section of docs/benchmarks.md. */
export function renderApiBench(r: ApiBenchResult): string {
  const m = r.machine;
  const rows = r.seed.rows.filter((t) => t.rows > 0);
  const out = [
    '### API reads on the seeded history (`npm run bench:api`)',
    '',
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} × ${m.cpuModel}, ${m.totalMemoryGiB} GiB, Node ${m.node}. ` +
      `Seed: 5 clusters × 90 daily snapshots of the 15,000-pod synthetic cluster, 1% daily churn ` +
      `(${r.seed.built ? `template built in ${r.seed.buildSeconds.toFixed(0)} s, ` : 'cached template, '}copied in ${r.seed.copySeconds.toFixed(1)} s). ` +
      `Mixed traffic: all ${r.routes.length} routes at once, 50 requests/s in all for ${r.seconds} s, spread evenly over each second (autocannon, one one-connection instance per request slot at 1 request/s, started 20 ms apart and interleaving the routes, rotating over the 5 clusters' newest snapshots; the previous harness started all 50 together, which autocannon's per-second rate limit turned into one burst of 50 concurrent requests a second), after one warm-up request each; ` +
      `ceiling: each route alone, 8 connections, closed loop. 1-minute load average ${r.load.before.toFixed(1)} → ${r.load.after.toFixed(1)} during the mixed traffic, ${r.load.ceilings.toFixed(1)} after the ceilings.`,
    '',
    `Rows: ${rows.map((t) => `\`${t.table}\` ${t.rows.toLocaleString('en-US')}`).join(', ')}.`,
    '',
    '| route | issue | first | p50 | p95 | p99 | non-2xx | ceiling | p95 < 50 ms | p99 < 150 ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...r.routes.map(
      (x) =>
        `| ${x.name} | #${x.issue} | ${x.firstMs.toFixed(0)} ms | ${ms(x.mixed.p50)} | ${ms(x.mixed.p95)} | ${ms(x.mixed.p99)} | ${x.mixed.non2xx}/${x.mixed.requests} | ${x.ceiling.rps.toFixed(0)} req/s | ${met(x.mixed.p95 < 50 && x.mixed.non2xx === 0)} | ${met(x.mixed.p99 < 150 && x.mixed.non2xx === 0)} |`,
    ),
    '',
  ];
  const q = r.reach150k;
  if (q)
    out.push(
      `At 150,000 pods (one snapshot analysed by the worker${q.built ? `, template built in ${q.buildSeconds.toFixed(0)} s` : ''}): one reachability question, first answer ${q.coldMs.toFixed(0)} ms (builds the network model), then 50 requests/s: p50 ${ms(q.latency.p50)}, p95 ${ms(q.latency.p95)}, p99 ${ms(q.latency.p99)}, ${q.latency.non2xx}/${q.latency.requests} non-2xx (load ${q.load.toFixed(1)}) — p95 < 100 ms ${met(q.latency.p95 < 100 && q.latency.non2xx === 0)}.`,
      '',
    );
  return out.join('\n');
}
