/** Renders an observed/expected value from a finding as short text. */
export function formatValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** `namespace/Kind/name`, leaving out the parts a finding does not have. */
export function formatWorkload(finding: {
  namespace: string | null;
  kind: string | null;
  name: string | null;
}): string {
  const parts = [finding.namespace, finding.kind, finding.name].filter((part): part is string =>
    Boolean(part),
  );
  return parts.length > 0 ? parts.join('/') : '—';
}
