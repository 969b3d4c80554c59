import type { AnalysisResult } from '../analyzer/analysis-types';
import {
  namespaceReachTable,
  reachAt,
  type NamespaceReachTable,
} from '../network/namespace-reach-table';
import { REACH_NONE } from '../network/reach';

/** Sparse namespace reachability: the namespace pairs whose reach differs from `default`. */
export interface NamespaceReach {
  /** What most pairs are: the exceptions below are the other value. */
  default: 'reachable' | 'unreachable';
  /** `[from, to]` pairs (namespace names) that are not `default`, sorted; at most `cap`. */
  except: [string, string][];
  /** The namespaces of the matrix, sorted. */
  names: string[];
  /** True when more than `cap` pairs differed: `except` is incomplete and diffs say so. */
  truncated: boolean;
  cap: number;
}

/** At most this many exceptional namespace pairs are stored per snapshot (docs/history.md). */
export const NAMESPACE_REACH_CAP = 5000;

/**
 * The namespace reachability matrix, stored sparsely: whichever of
 * reachable/unreachable most pairs are becomes the default, and only the other
 * pairs are listed (sorted, capped). Null when no namespace has workloads.
 * Reads the engine's factored reach table: memory stays flat however many
 * namespace pairs there are (5,000 namespaces are 25 million pairs).
 */
export function namespaceReach(
  result: Pick<AnalysisResult, 'network'>,
  cap = NAMESPACE_REACH_CAP,
): NamespaceReach | null {
  const table = namespaceReachTable(result.network.model);
  const names = table.namespaces;
  const n = names.length;
  if (n === 0) return null;
  const reachable = countReachablePairs(table);
  const mostlyReachable = reachable >= n * n - reachable;
  const exceptions = mostlyReachable ? n * n - reachable : reachable;
  const except: [string, string][] = [];
  for (let i = 0; i < n && except.length < cap; i += 1) {
    for (let j = 0; j < n && except.length < cap; j += 1) {
      if ((reachAt(table, i, j) !== REACH_NONE) !== mostlyReachable)
        except.push([names[i] as string, names[j] as string]);
    }
  }
  return {
    default: mostlyReachable ? 'reachable' : 'unreachable',
    except,
    names: [...names],
    truncated: exceptions > cap,
    cap,
  };
}

/**
 * Ordered namespace pairs (self included) with any reach, counted over the
 * table's profiles (profiles², not namespaces²), then corrected on the diagonal,
 * where a namespace's reach to itself is its own.
 */
function countReachablePairs(table: NamespaceReachTable): number {
  const n = table.namespaces.length;
  const sources = new Map<number, number>();
  const dests = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const s = table.sourceProfile[i] ?? 0;
    const d = table.destProfile[i] ?? 0;
    sources.set(s, (sources.get(s) ?? 0) + 1);
    dests.set(d, (dests.get(d) ?? 0) + 1);
  }
  let count = 0;
  for (const [s, sn] of sources) {
    for (const [d, dn] of dests) {
      if ((table.cells[s * table.destProfileCount + d] ?? REACH_NONE) !== REACH_NONE)
        count += sn * dn;
    }
  }
  for (let i = 0; i < n; i += 1) {
    const cell =
      table.cells[
        (table.sourceProfile[i] ?? 0) * table.destProfileCount + (table.destProfile[i] ?? 0)
      ] ?? REACH_NONE;
    count += (reachAt(table, i, i) !== REACH_NONE ? 1 : 0) - (cell !== REACH_NONE ? 1 : 0);
  }
  return count;
}
