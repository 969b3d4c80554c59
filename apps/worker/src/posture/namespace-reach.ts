import { namespaceReachTable, reachAt, REACH_NONE, type AnalysisResult } from '@kordon/engine';
import type { NamespaceReach } from '@kordon/db';

/** At most this many exceptional namespace pairs are stored per snapshot (docs/history.md). */
export const NAMESPACE_REACH_CAP = 5000;

/**
 * The namespace reachability matrix, stored sparsely: whichever of
 * reachable/unreachable most pairs are becomes the default, and only the other
 * pairs are listed (sorted, capped). Null when no namespace has workloads.
 * Reads the engine's factored reach table: memory stays flat however many
 * namespace pairs there are (5,000 namespaces are 25 million pairs).
 */
export function namespaceReach(result: AnalysisResult, cap = NAMESPACE_REACH_CAP): NamespaceReach | null {
  const table = namespaceReachTable(result.network.model);
  const names = table.namespaces;
  const n = names.length;
  if (n === 0) return null;
  const reaches = (i: number, j: number) => reachAt(table, i, j) !== REACH_NONE;
  let reachable = 0;
  for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) if (reaches(i, j)) reachable += 1;
  const mostlyReachable = reachable >= n * n - reachable;
  const except: [string, string][] = [];
  let exceptions = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (reaches(i, j) === mostlyReachable) continue;
      exceptions += 1;
      if (except.length < cap) except.push([names[i] as string, names[j] as string]);
    }
  }
  return { default: mostlyReachable ? 'reachable' : 'unreachable', except, names: [...names], truncated: exceptions > cap, cap };
}
