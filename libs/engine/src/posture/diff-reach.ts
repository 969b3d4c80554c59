import type { NamespaceReach } from './namespace-reach';

export interface ReachChanges {
  /** `[from, to]` namespace pairs reachable at the snapshot but not at the one compared against. */
  becameReachable: [string, string][];
  becameUnreachable: [string, string][];
  counts: { becameReachable: number; becameUnreachable: number };
  /** False when either snapshot's stored matrix was truncated or missing: the lists may miss pairs. */
  complete: boolean;
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

function reachability(r: NamespaceReach | null): (a: string, b: string) => boolean {
  if (!r) return () => false;
  const names = new Set(r.names);
  const except = new Set(r.except.map(([a, b]) => key(a, b)));
  const byDefault = r.default === 'reachable';
  return (a, b) => names.has(a) && names.has(b) && byDefault !== except.has(key(a, b));
}

const byPair = (x: [string, string], y: [string, string]) =>
  x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;

/**
 * The pairs whose reach can differ: with the same default, only pairs listed as
 * exceptions on one side but not the other, or involving a namespace present on one side only
 * (a few thousand at most, where the whole matrix is n² — 250,000 pairs at 500
 * namespaces); with different defaults, every pair.
 */
function candidatePairs(
  before: NamespaceReach | null,
  after: NamespaceReach | null,
  names: string[],
): [string, string][] {
  if (!before || !after || before.default !== after.default)
    return names.flatMap((a) => names.map((b): [string, string] => [a, b]));
  const seen = new Set<string>();
  const out: [string, string][] = [];
  const add = (a: string, b: string) => {
    const k = key(a, b);
    if (seen.has(k)) return;
    seen.add(k);
    out.push([a, b]);
  };
  const listedBefore = new Set(before.except.map(([a, b]) => key(a, b)));
  const listedAfter = new Set(after.except.map(([a, b]) => key(a, b)));
  for (const [a, b] of before.except) if (!listedAfter.has(key(a, b))) add(a, b);
  for (const [a, b] of after.except) if (!listedBefore.has(key(a, b))) add(a, b);
  const inBefore = new Set(before.names);
  const inAfter = new Set(after.names);
  for (const x of names) {
    if (inBefore.has(x) && inAfter.has(x)) continue;
    for (const y of names) {
      add(x, y);
      add(y, x);
    }
  }
  return out.sort(byPair);
}

/** Compares two sparse namespace matrices pair by pair (over the union of their namespaces); lists capped at `limit`. */
export function diffReach(
  before: NamespaceReach | null,
  after: NamespaceReach | null,
  limit: number,
): ReachChanges {
  const was = reachability(before);
  const is = reachability(after);
  const names = [...new Set([...(before?.names ?? []), ...(after?.names ?? [])])].sort();
  const out: ReachChanges = {
    becameReachable: [],
    becameUnreachable: [],
    counts: { becameReachable: 0, becameUnreachable: 0 },
    complete: before !== null && after !== null && !before.truncated && !after.truncated,
  };
  for (const [a, b] of candidatePairs(before, after, names)) {
    const then = was(a, b);
    const now = is(a, b);
    if (then === now) continue;
    const list = now ? 'becameReachable' : 'becameUnreachable';
    out.counts[list] += 1;
    if (out[list].length < limit) out[list].push([a, b]);
  }
  return out;
}
