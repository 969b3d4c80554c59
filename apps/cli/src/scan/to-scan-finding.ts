import {
  findingFingerprint,
  matchSuppression,
  type ScanFailOn,
  type ScanFinding,
  type SuppressionRule,
} from '@kordon/contracts';
import { isAtLeast, type EngineFinding } from '@kordon/engine';

export interface GateRules {
  level: 'baseline' | 'restricted';
  failOn: ScanFailOn;
  suppressions: readonly SuppressionRule[];
  now: Date;
}

/** True when the finding is judged at this level: with `baseline`, checks that only restricted adds are not. */
export function isJudged(finding: { pssLevel?: string }, level: GateRules['level']): boolean {
  return level === 'restricted' || finding.pssLevel !== 'restricted';
}

/** An engine finding as the report lists it: fingerprint, suppression, whether it gates. */
export function toScanFinding(finding: EngineFinding, rules: GateRules): ScanFinding {
  const identity = {
    check: finding.checkId,
    kind: finding.kind,
    namespace: finding.namespace,
    name: finding.name,
    container: finding.container,
  };
  const rule = rules.suppressions.find((r) => matchSuppression(r, identity, rules.now));
  const gating =
    rule === undefined &&
    isJudged(finding, rules.level) &&
    rules.failOn !== 'none' &&
    isAtLeast(finding.severity, rules.failOn);
  return {
    id: findingFingerprint({ ...identity, path: finding.path }),
    check: finding.checkId,
    title: finding.title,
    severity: finding.severity,
    kind: finding.kind,
    namespace: finding.namespace,
    name: finding.name,
    container: finding.container,
    path: finding.path,
    observed: finding.observed ?? null,
    expected: finding.expected,
    message: finding.message,
    remediation: finding.remediation,
    docsUrl: finding.docsUrl,
    source: finding.source,
    ...(finding.pssLevel ? { pssLevel: finding.pssLevel } : {}),
    gating,
    ...(rule ? { suppressed: { reason: rule.reason } } : {}),
  };
}
