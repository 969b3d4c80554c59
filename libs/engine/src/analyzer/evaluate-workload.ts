import type { CheckResult } from '../catalog/check-definition';
import { hardeningFindings } from '../hardening/hardening-findings';
import type { PodShape } from '../model/kube';
import { effectivePodContext, effectiveSecurityContexts } from '../pss/effective-security-context';
import { evaluatePodSecurity } from '../pss/evaluate-pod-security';
import { podSecurityFindings } from '../pss/pod-security-findings';
import type { PssEvaluation, PssLevelName, PssViolation } from '../pss/pss-types';
import type { PssVersion } from '../pss/pss-version';
import type { Workload } from '../workloads/workload';
import type { WorkloadAnalysis } from './analysis-types';

function merge(into: PssEvaluation, next: PssEvaluation): PssEvaluation {
  if (next.allowed) return into;
  const seen = new Set(into.violations.map(key));
  const violations: PssViolation[] = [...into.violations];
  for (const v of next.violations) if (!seen.has(key(v))) violations.push(v);
  return { allowed: false, violations };
}

function key(v: PssViolation): string {
  return `${v.check}\u0000${v.detail}`;
}

function levelOf(baseline: PssEvaluation, restricted: PssEvaluation): PssLevelName {
  if (!baseline.allowed) return 'privileged';
  return restricted.allowed ? 'restricted' : 'baseline';
}

/** Security-context verdicts for one workload over its distinct pod specs; `findings: false` skips check results and contexts. */
export function evaluateWorkload(
  workload: Workload,
  version: PssVersion,
  findings = true,
): { analysis: Omit<WorkloadAnalysis, 'isolation'>; results: CheckResult[] } {
  let baseline: PssEvaluation = { allowed: true, violations: [] };
  let restricted: PssEvaluation = { allowed: true, violations: [] };
  const results = new Map<string, CheckResult>();
  for (const pod of workload.podSpecs) {
    baseline = merge(baseline, evaluatePodSecurity(pod, 'baseline', version));
    restricted = merge(restricted, evaluatePodSecurity(pod, 'restricted', version));
    if (!findings) continue;
    for (const r of [...podSecurityFindings(pod, version), ...hardeningFindings(pod)]) {
      const k = `${r.checkId}\u0000${r.container ?? ''}\u0000${r.path}`;
      if (!results.has(k)) results.set(k, r);
    }
  }
  const first: PodShape | undefined = findings ? workload.podSpecs[0] : undefined;
  const { podSpecs: _specs, ...rest } = workload;
  return {
    analysis: {
      workload: rest,
      level: workload.podSpecs.length === 0 ? 'restricted' : levelOf(baseline, restricted),
      pss: { baseline, restricted },
      containers: first ? effectiveSecurityContexts(first) : [],
      pod: first ? effectivePodContext(first) : null,
    },
    results: [...results.values()],
  };
}
