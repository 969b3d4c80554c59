import type { NamespaceReach } from '@kordon/db';

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
  for (const a of names) {
    for (const b of names) {
      const then = was(a, b);
      const now = is(a, b);
      if (then === now) continue;
      const list = now ? 'becameReachable' : 'becameUnreachable';
      out.counts[list] += 1;
      if (out[list].length < limit) out[list].push([a, b]);
    }
  }
  return out;
}
