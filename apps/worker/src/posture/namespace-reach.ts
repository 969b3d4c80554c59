import type { AnalysisResult } from '@kordon/engine';
import type { NamespaceReach } from '@kordon/db';

/** At most this many exceptional namespace pairs are stored per snapshot (docs/history.md). */
export const NAMESPACE_REACH_CAP = 5000;

/**
 * The namespace reachability matrix, stored sparsely: whichever of
 * reachable/unreachable most pairs are becomes the default, and only the other
 * pairs are listed (capped). Null when the snapshot has no network model.
 */
export function namespaceReach(result: AnalysisResult, cap = NAMESPACE_REACH_CAP): NamespaceReach | null {
  const namespaces = result.namespaces.filter((n) => n.isolation !== null);
  if (namespaces.length === 0) return null;
  const names = namespaces.map((n) => n.name).sort();
  const reachable: [string, string][] = [];
  const unreachable: [string, string][] = [];
  for (const dst of namespaces) {
    const from = new Set(dst.isolation?.reachableFrom ?? []);
    for (const src of names) (from.has(src) ? reachable : unreachable).push([src, dst.name]);
  }
  const mostlyReachable = reachable.length >= unreachable.length;
  const except = (mostlyReachable ? unreachable : reachable).sort((a, b) => (a[0] === b[0] ? cmp(a[1], b[1]) : cmp(a[0], b[0])));
  return {
    default: mostlyReachable ? 'reachable' : 'unreachable',
    except: except.slice(0, cap),
    names,
    truncated: except.length > cap,
    cap,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
