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

export interface SarifFingerprintInput {
  tool: string;
  ruleId: string;
  /** SARIF `partialFingerprints`: when present, the identity the tool chose. */
  partialFingerprints?: Record<string, string> | undefined;
  artifactUri: string | null;
  logicalLocation: string | null;
}

/**
 * A SARIF result's identity: hex SHA-256 of `[tool, ruleId, partialFingerprints]`
 * (entries sorted by key) when the tool gives them, else of
 * `[tool, ruleId, artifact URI, logical location]` — never of line numbers.
 */
export function sarifFingerprint(input: SarifFingerprintInput): string {
  const partial = Object.entries(input.partialFingerprints ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const canonical =
    partial.length > 0
      ? JSON.stringify([input.tool, input.ruleId, partial])
      : JSON.stringify([input.tool, input.ruleId, input.artifactUri, input.logicalLocation]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
