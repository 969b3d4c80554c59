import type { SeedVariant } from '@kordon/db';
import { mulberry32 } from '../seeded-random';

/** Which of the two analysed states (A: as generated, B: every Deployment flipped) each namespace is in, per day. */
export interface ChurnSchedule {
  days: number;
  /** Namespace → per day, true when it is in state B. Namespaces never flipped are absent. */
  inB: Map<string, boolean[]>;
  /** Namespaces flipped on each day (none on day 0). */
  flipped: string[][];
}

/**
 * 1% daily churn, by namespace: each day, namespaces whose documents differ
 * between the two states are drawn (seeded by `seed`) until their workloads
 * add up to 1% of the cluster's, and flip state — their Deployments turn
 * privileged, or back.
 */
export function churnSchedule(
  a: SeedVariant,
  b: SeedVariant,
  days: number,
  seed: number,
  share = 0.01,
): ChurnSchedule {
  const bByName = new Map(b.manifest.namespaces.map((n) => [n.name, n]));
  const candidates = a.manifest.namespaces.filter((n) => {
    const other = bByName.get(n.name);
    return other !== undefined && other.detail !== n.detail;
  });
  const total = a.manifest.namespaces.reduce((sum, n) => sum + n.workloads.length, 0);
  const target = Math.max(1, Math.round(total * share));
  const random = mulberry32(seed);
  const state = new Map<string, boolean>();
  const inB = new Map<string, boolean[]>();
  const flipped: string[][] = [[]];
  for (let day = 1; day < days; day++) {
    const today = new Set<string>();
    let workloads = 0;
    while (workloads < target && today.size < candidates.length) {
      const pick = candidates[Math.floor(random() * candidates.length)];
      if (!pick || today.has(pick.name)) continue;
      today.add(pick.name);
      workloads += pick.workloads.length;
    }
    for (const ns of today) {
      state.set(ns, !(state.get(ns) ?? false));
      if (!inB.has(ns)) inB.set(ns, new Array<boolean>(days).fill(false));
    }
    for (const [ns, series] of inB) series[day] = state.get(ns) ?? false;
    flipped.push([...today].sort());
  }
  return { days, inB, flipped };
}

/** Whether `namespace` is in state B on `day`. */
export const isB = (s: ChurnSchedule, namespace: string, day: number): boolean =>
  s.inB.get(namespace)?.[day] ?? false;
