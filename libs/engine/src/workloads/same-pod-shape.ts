import type { PodShape } from '../model/kube';

/** Per-pod noise that never makes two pod specs different (see `podSpecKey`). */
const PER_POD_SPEC_FIELDS = new Set(['nodeName', 'hostname', 'subdomain']);
const SA_TOKEN_VOLUME = /^kube-api-access-[a-z0-9]{5}$/;

function bothTokenVolumes(a: string, b: string, key: string): boolean {
  return (
    (key === 'name' || key === 'mountPath') &&
    a.length === b.length &&
    SA_TOKEN_VOLUME.test(a) &&
    SA_TOKEN_VOLUME.test(b)
  );
}

function sameArray(a: readonly unknown[], b: unknown): boolean {
  if (!Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], '')) return false;
  return true;
}

function sameRecord(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  skip: ReadonlySet<string> | null,
): boolean {
  let count = 0;
  for (const k in a) {
    if (skip?.has(k) || a[k] === undefined) continue;
    if (!sameValue(a[k], b[k], k)) return false;
    count += 1;
  }
  for (const k in b) if (!skip?.has(k) && b[k] !== undefined) count -= 1;
  return count === 0;
}

/** JSON-value equality; `key` is the member name the values sit under. */
function sameValue(a: unknown, b: unknown, key: string): boolean {
  if (a === b) return true;
  if (typeof a === 'string') return typeof b === 'string' && bothTokenVolumes(a, b, key);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return sameArray(a, b);
  if (Array.isArray(b)) return false;
  return sameRecord(a as Record<string, unknown>, b as Record<string, unknown>, null);
}

/**
 * True when two pod shapes collapse under the same `podSpecKey`: equal
 * annotations and equal specs except node name, hostname, subdomain and the
 * random suffix of the service-account token volume. Member order is ignored.
 * Walks both objects once, without building a string.
 */
export function samePodShape(a: PodShape, b: PodShape): boolean {
  if (!sameValue(a.metadata?.annotations ?? null, b.metadata?.annotations ?? null, ''))
    return false;
  const sa = a.spec;
  const sb = b.spec;
  // Pods read with shared specs (`sharePodSpecs`) hold the very same object.
  if (sa === sb) return true;
  if (!sa || !sb) return false;
  return sameRecord(
    sa as Record<string, unknown>,
    sb as Record<string, unknown>,
    PER_POD_SPEC_FIELDS,
  );
}
