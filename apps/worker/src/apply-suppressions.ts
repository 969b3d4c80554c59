import { matchSuppression, type SuppressionRule } from '@kordon/contracts';
import type { StoredFinding } from '@kordon/db';

export interface SuppressedSplit {
  /** Findings that count: they open issues and weigh in counts and scores. */
  kept: StoredFinding[];
  /** Fingerprints of findings a suppression in force holds: their open issues resolve as `suppressed`. */
  suppressed: string[];
}

/** Splits a snapshot's findings by the suppressions in force at its collection time. */
export function applySuppressions(
  findings: StoredFinding[],
  rules: readonly SuppressionRule[],
  at: Date,
): SuppressedSplit {
  if (rules.length === 0) return { kept: findings, suppressed: [] };
  const kept: StoredFinding[] = [];
  const suppressed: string[] = [];
  for (const f of findings) {
    const finding = { check: f.checkId, ...f };
    if (rules.some((r) => matchSuppression(r, finding, at))) suppressed.push(f.fingerprint);
    else kept.push(f);
  }
  return { kept, suppressed };
}
