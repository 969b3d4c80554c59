import type { ScanView } from '@kordon/contracts';
import type { ScanRecord } from '@kordon/db';

export function toScanView(r: ScanRecord): ScanView {
  return {
    id: r.id,
    repository: r.repository,
    tool: r.tool,
    format: r.format,
    commit: r.commit,
    branch: r.branch,
    baseBranch: r.baseBranch,
    receivedAt: r.receivedAt.toISOString(),
    counts: r.counts,
    verdict: r.verdict,
    gate: r.gate,
  };
}
