import { KordonError } from '@kordon/contracts';

function notFound(field: string, spec: string, problem: string): KordonError {
  return new KordonError('not_found', `${field} ${spec}: ${problem}`, [
    { path: `query.${field}`, problem },
  ]);
}

/**
 * A workload id (`ns/Kind/name`) from `NS/Kind/NAME` (kind case-insensitive), or
 * `NS/NAME` when exactly one workload of that namespace has the name — as
 * `kordon reach --from/--to` resolves them.
 */
export function resolveWorkloadRef(
  spec: string,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  field: string,
): string {
  const parts = spec.split('/');
  if (parts.length === 3 && known.has(spec)) return spec; // the common case: no scan
  const ids = [...known.keys()];
  if (parts.length === 3) {
    const lower = ids.find((id) => id.toLowerCase() === spec.toLowerCase());
    if (lower) return lower;
    throw notFound(field, spec, 'no such workload');
  }
  if (parts.length !== 2 || !parts[0] || !parts[1])
    throw new KordonError(
      'validation_failed',
      `${field} must be NAMESPACE/KIND/NAME or NAMESPACE/NAME`,
      [{ path: `query.${field}`, problem: 'must be NAMESPACE/KIND/NAME or NAMESPACE/NAME' }],
    );
  const [ns, name] = parts;
  const candidates = ids.filter((id) => {
    const [idNs, , idName] = id.split('/');
    return idNs === ns && idName === name;
  });
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length === 0) throw notFound(field, spec, 'no such workload');
  throw new KordonError('validation_failed', `${field} ${spec} is ambiguous`, [
    { path: `query.${field}`, problem: `ambiguous; use one of: ${candidates.join(', ')}` },
  ]);
}
