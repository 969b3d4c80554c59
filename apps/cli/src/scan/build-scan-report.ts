import {
  SNAPSHOT_API_VERSION,
  type ScanFinding,
  type ScanReport,
  type ScanSummary,
} from '@kordon/contracts';
import { SEVERITIES, type AnalysisResult } from '@kordon/engine';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../exit-codes';
import type { InputError, InputWarning } from '../inputs/input-source';
import type { LoadedSuppressions } from './load-suppressions';
import { toScanFinding, type GateRules } from './to-scan-finding';
import { toScanNamespace, toScanObject } from './to-scan-object';

export interface ScanReportInput {
  result: AnalysisResult;
  inputErrors: InputError[];
  warnings: InputWarning[];
  level: GateRules['level'];
  failOn: GateRules['failOn'];
  suppressions: LoadedSuppressions;
  now: Date;
}

function summarize(findings: ScanFinding[], input: ScanReportInput): ScanSummary {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0, total: 0 };
  let suppressed = 0;
  let gated = 0;
  for (const f of findings) {
    if (f.suppressed) {
      suppressed += 1;
      continue;
    }
    counts[f.severity] += 1;
    counts.total += 1;
    if (f.gating) gated += 1;
  }
  const exitCode = input.inputErrors.length > 0 ? EXIT_USAGE : gated > 0 ? EXIT_FINDINGS : EXIT_OK;
  return {
    counts,
    suppressed,
    gated,
    failOn: input.failOn,
    verdict: exitCode === EXIT_USAGE ? 'error' : exitCode === EXIT_FINDINGS ? 'fail' : 'pass',
    exitCode,
    objectsRead: input.result.objects,
    workloads: input.result.workloads.length,
    skippedKinds: input.result.skippedKinds,
    expiredSuppressions: input.suppressions.expired,
    inputErrors: input.inputErrors,
    warnings: input.warnings,
  };
}

function bySeverity(a: ScanFinding, b: ScanFinding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
}

/** The `ScanReport` every format renders; its summary carries the exit code. */
export function buildScanReport(input: ScanReportInput): ScanReport {
  const rules: GateRules = {
    level: input.level,
    failOn: input.failOn,
    suppressions: input.suppressions.active,
    now: input.now,
  };
  const findings = input.result.findings.map((f) => toScanFinding(f, rules)).sort(bySeverity);
  return {
    apiVersion: SNAPSHOT_API_VERSION,
    kind: 'ScanReport',
    pssVersion: input.result.pssVersion,
    level: input.level,
    objects: input.result.workloads.map(toScanObject),
    namespaces: input.result.namespaces.map(toScanNamespace),
    findings,
    summary: summarize(findings, input),
  };
}
