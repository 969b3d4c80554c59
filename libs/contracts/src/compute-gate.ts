import type { CiFinding, ScanGate } from './responses/scan';
import { isAtLeast } from '@kordon/engine';
import type { ScanSeverity } from './scan-report';

export interface GateInput {
  findings: readonly CiFinding[];
  failOn: ScanSeverity;
  requested: boolean;
  baseBranch: string | null;
  base: ScanGate['base'];
  /** Fingerprints of the base scan's findings (empty without a base: every finding is new). */
  baseFingerprints: ReadonlySet<string>;
}

/**
 * The gate: findings at or above `failOn` whose fingerprint is absent from the
 * base. Suppressed ones are counted, never gating.
 */
export function computeGate(input: GateInput): { gate: ScanGate; verdict: 'pass' | 'fail' } {
  const fresh = input.findings.filter(
    (f) => isAtLeast(f.severity, input.failOn) && !input.baseFingerprints.has(f.fingerprint),
  );
  const newFindings = fresh.filter((f) => !f.suppressed);
  const gate: ScanGate = {
    requested: input.requested,
    failOn: input.failOn,
    baseBranch: input.baseBranch,
    base: input.base,
    newFindings,
    suppressedNew: fresh.length - newFindings.length,
  };
  return { gate, verdict: newFindings.length > 0 ? 'fail' : 'pass' };
}

/** Counts by severity of the unsuppressed findings, plus how many are suppressed. */
export function countFindings(findings: readonly CiFinding[]) {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed += 1;
    else counts[f.severity] += 1;
  }
  return counts;
}
