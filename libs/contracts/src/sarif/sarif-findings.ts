import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { CiFinding } from '../responses/scan';
import { sarifFingerprint } from '../fingerprint';
import type { ScanSeverity } from '../scan-report';

/** GitHub's `security-severity` (CVSS-like 0–10) when a rule carries it, else the result level. */
function severityOf(result: Result, rule: ReportingDescriptor | undefined): ScanSeverity {
  const score = Number(
    (rule?.properties as Record<string, unknown> | undefined)?.['security-severity'] ??
      (result.properties as Record<string, unknown> | undefined)?.['security-severity'],
  );
  if (Number.isFinite(score) && score > 0) {
    if (score >= 9) return 'critical';
    if (score >= 7) return 'high';
    if (score >= 4) return 'medium';
    return 'low';
  }
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  if (level === 'error') return 'high';
  if (level === 'warning') return 'medium';
  if (level === 'note') return 'low';
  return 'info';
}

function ruleOf(run: Run, result: Result): ReportingDescriptor | undefined {
  const rules = run.tool.driver.rules ?? [];
  const index = result.ruleIndex ?? result.rule?.index;
  if (index !== undefined && rules[index]) return rules[index];
  const id = result.ruleId ?? result.rule?.id;
  return rules.find((r) => r.id === id);
}

function suppressionOf(result: Result): string | null {
  const active = (result.suppressions ?? []).find(
    (s) => s.status === undefined || s.status === 'accepted',
  );
  if (!active) return null;
  return active.justification ?? `suppressed in the SARIF log (${active.kind})`;
}

function toFinding(run: Run, result: Result): CiFinding {
  const tool = run.tool.driver.name;
  const rule = ruleOf(run, result);
  const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown';
  const location = result.locations?.[0];
  const artifactUri = location?.physicalLocation?.artifactLocation?.uri ?? null;
  const logical = location?.logicalLocations?.[0];
  const logicalLocation = logical?.fullyQualifiedName ?? logical?.name ?? null;
  const reason = suppressionOf(result);
  return {
    fingerprint: sarifFingerprint({
      tool,
      ruleId,
      partialFingerprints: result.partialFingerprints,
      artifactUri,
      logicalLocation,
    }),
    tool,
    ruleId,
    severity: severityOf(result, rule),
    title: rule?.shortDescription?.text ?? rule?.name ?? ruleId,
    message: result.message.text ?? result.message.markdown ?? ruleId,
    kind: null,
    namespace: null,
    name: null,
    container: null,
    path: logicalLocation,
    location: artifactUri,
    line: location?.physicalLocation?.region?.startLine ?? null,
    suppressed: reason !== null,
    suppressionReason: reason,
  };
}

/** The results of every run of a (validated) SARIF log, attributed to their tool; one per fingerprint. */
export function sarifFindings(log: Log): CiFinding[] {
  const out = new Map<string, CiFinding>();
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const finding = toFinding(run, result);
      if (!out.has(finding.fingerprint)) out.set(finding.fingerprint, finding);
    }
  }
  return [...out.values()];
}

/** The tools a SARIF log reports for, joined (`kube-score`, `trivy+kubescape`). */
export function sarifToolName(log: Log): string {
  const names = [...new Set(log.runs.map((r) => r.tool.driver.name))];
  return names.join('+') || 'sarif';
}
