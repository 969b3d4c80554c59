import type { Machine } from '../machine';

export interface RouteTiming {
  name: string;
  path: string;
  /** The first visit (cold caches in the API and the dashboard server). */
  firstMs: number;
  samples: number[];
}

export interface WebBenchResult {
  machine: Machine;
  seed: { built: boolean; buildSeconds: number; copySeconds: number };
  clusters: number;
  runs: number;
  targetMs: number;
  load: { before: number; after: number };
  timings: RouteTiming[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const ms = (value: number) =>
  Number.isFinite(value)
    ? `${Math.round(value).toLocaleString('en-US')} ms`
    : 'not visible (error or 30 s timeout)';

/** The docs/benchmarks.md section: one row per route, met or missed against the target. */
export function renderWebBench(r: WebBenchResult): string {
  const rows = r.timings.map((t) => {
    const worst = Math.max(...t.samples);
    const met = worst <= r.targetMs;
    return `| ${t.name} | \`${t.path}\` | ${ms(t.firstMs)} | ${ms(median(t.samples))} | ${ms(worst)} | ${met ? 'met' : '**missed**'} |`;
  });
  const missed = r.timings.filter((t) => Math.max(...t.samples) > r.targetMs).length;
  return [
    '### Dashboard routes on the benchmark seed (`npm run bench:web`)',
    '',
    `${r.machine.date}, ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.totalMemoryGiB} GiB, Node ${r.machine.node}; load average ${r.load.before.toFixed(1)} → ${r.load.after.toFixed(1)} (the machine is shared).`,
    `Seed: ${r.clusters} clusters × 90 daily snapshots of 15,000 pods (template ${r.seed.built ? `built in ${r.seed.buildSeconds.toFixed(0)} s` : 'reused'}, copied in ${r.seed.copySeconds.toFixed(1)} s).`,
    `Chromium (playwright-core, /usr/bin/chromium), signed in as the admin; each route visited once cold, then ${r.runs} times: time from navigation to the page's main content visible (the charts drawn on the posture page). Target: ${ms(r.targetMs)} for every visit after the first.`,
    '',
    '| route | path | first visit | median | worst | target |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    missed === 0
      ? `Every route met the ${ms(r.targetMs)} target.`
      : `${missed} route(s) missed the ${ms(r.targetMs)} target.`,
  ].join('\n');
}
