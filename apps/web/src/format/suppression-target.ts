/**
 * What a triager selects on the issues page: the suppression rule matching one issue
 * (its check, namespace, `Kind/name` and container), carried as one form value.
 */
export interface SuppressionTarget {
  check: string;
  namespace: string;
  workload: string;
  container: string | null;
}

const SEPARATOR = '\t';

export function encodeSuppressionTarget(issue: {
  checkId: string;
  namespace: string | null;
  kind: string | null;
  name: string | null;
  container: string | null;
}): string {
  const workload = issue.kind ? `${issue.kind}/${issue.name ?? ''}` : (issue.name ?? '');
  return [issue.checkId, issue.namespace ?? '', workload, issue.container ?? ''].join(SEPARATOR);
}

/** Null for anything that is not an encoded target (a tampered form). */
export function decodeSuppressionTarget(value: string): SuppressionTarget | null {
  const parts = value.split(SEPARATOR);
  if (parts.length !== 4) return null;
  const [check = '', namespace = '', workload = '', container = ''] = parts;
  if (!check || !namespace || !workload) return null;
  return { check, namespace, workload, container: container || null };
}
