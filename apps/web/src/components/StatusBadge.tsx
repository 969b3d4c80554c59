import type { SnapshotStatus } from '../server/api-types';

const LABELS: Record<SnapshotStatus, string> = {
  queued: 'Queued',
  analyzing: 'Analyzing',
  done: 'Done',
  failed: 'Failed',
};

export function StatusBadge({ status }: { status: SnapshotStatus }) {
  return <span className={`badge status-${status}`}>{LABELS[status] ?? status}</span>;
}
