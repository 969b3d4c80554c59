import type { CiFinding, ScanGate } from '@kordon/contracts';

export interface ScanCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  suppressed: number;
}

/** A stored CI scan (the findings are read separately). */
export interface ScanRecord {
  id: string;
  repository: string;
  tool: string;
  format: 'kordon' | 'sarif';
  commit: string | null;
  branch: string | null;
  baseBranch: string | null;
  mergeBase: string | null;
  receivedAt: Date;
  counts: ScanCounts;
  gate: ScanGate;
  verdict: 'pass' | 'fail';
}

export interface NewScan {
  repository: string;
  tool: string;
  format: 'kordon' | 'sarif';
  commit: string | null;
  branch: string | null;
  baseBranch: string | null;
  mergeBase: string | null;
  idempotencyKey: string;
  bodySha256: string;
  counts: ScanCounts;
  gate: ScanGate;
  verdict: 'pass' | 'fail';
  findings: CiFinding[];
}

/** The scan a gate compares against. */
export type BaseScan = NonNullable<ScanGate['base']>;
