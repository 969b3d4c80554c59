import { UsageError } from '../usage-error';

/**
 * Finds a workload id (`ns/Kind/name`) from `NS/Kind/NAME`, or `NS/NAME` when
 * exactly one workload of that namespace has the name; otherwise a usage error
 * that lists the candidates.
 */
export function resolveWorkload(spec: string, ids: readonly string[], option: string): string {
  const parts = spec.split('/');
  if (parts.length === 3) {
    if (ids.includes(spec)) return spec;
    const lower = ids.find((id) => id.toLowerCase() === spec.toLowerCase());
    if (lower) return lower;
    throw new UsageError(`${option} ${spec}: no such workload`);
  }
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new UsageError(`${option} must be NAMESPACE/KIND/NAME or NAMESPACE/NAME (got "${spec}")`);
  }
  const [ns, name] = parts;
  const candidates = ids.filter((id) => {
    const [idNs, , idName] = id.split('/');
    return idNs === ns && idName === name;
  });
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length === 0) throw new UsageError(`${option} ${spec}: no such workload`);
  throw new UsageError(`${option} ${spec} is ambiguous; use one of: ${candidates.join(', ')}`);
}
