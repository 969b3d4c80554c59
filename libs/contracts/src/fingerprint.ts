import { createHash } from 'node:crypto';

export interface FingerprintInput {
  check: string;
  kind: string;
  namespace: string | null | undefined;
  name: string;
  container?: string | null;
  /** Field path relative to the pod spec, naming containers: `spec.containers[name=app]…`. */
  path: string;
}

/**
 * A finding's identity: hex SHA-256 of the canonical JSON
 * `[check, kind, namespace, name, container, path]` (absent values are null).
 * Computed here and nowhere else.
 */
export function findingFingerprint(input: FingerprintInput): string {
  const canonical = JSON.stringify([
    input.check,
    input.kind,
    input.namespace ?? null,
    input.name,
    input.container ?? null,
    input.path,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
