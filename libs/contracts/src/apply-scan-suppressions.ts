import { matchSuppression } from './match-suppression';
import type { CiFinding } from './responses/scan';
import type { SuppressionRule } from './suppression';

/**
 * Marks the findings a rule covers as suppressed (findings already suppressed
 * keep their reason). Kordon findings match on check, namespace, workload and
 * container; another tool's results match on `check: "<tool>:<ruleId>"`
 * (globs allowed, e.g. `kube-score:*`).
 */
export function applyScanSuppressions(
  findings: readonly CiFinding[],
  rules: readonly SuppressionRule[],
  now: Date,
): CiFinding[] {
  if (rules.length === 0) return [...findings];
  return findings.map((f) => {
    if (f.suppressed) return f;
    const identity =
      f.tool === 'kordon'
        ? {
            check: f.ruleId,
            kind: f.kind ?? '',
            namespace: f.namespace,
            name: f.name ?? '',
            container: f.container,
          }
        : { check: `${f.tool}:${f.ruleId}`, kind: '', namespace: null, name: '', container: null };
    const rule = rules.find((r) => matchSuppression(r, identity, now));
    return rule ? { ...f, suppressed: true, suppressionReason: rule.reason } : f;
  });
}
