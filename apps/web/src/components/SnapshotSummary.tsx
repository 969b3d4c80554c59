import Link from 'next/link';
import { formatDuration } from '../format/format-time';
import type { SnapshotDetail } from '../server/api-types';
import { SeverityCounts } from './SeverityCounts';
import { StatusBadge } from './StatusBadge';
import { Timestamp } from './Timestamp';

/** Status, provenance, timings and counts of one snapshot, as a description list. */
export function SnapshotSummary({ snapshot }: { snapshot: SnapshotDetail }) {
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading" className="visually-hidden">
        Summary
      </h2>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={snapshot.status} />
          </dd>
        </div>
        <div>
          <dt>Cluster</dt>
          <dd>
            <Link href={`/clusters/${encodeURIComponent(snapshot.clusterName)}`}>
              {snapshot.clusterName}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Collected</dt>
          <dd>
            <Timestamp iso={snapshot.collectedAt} />
          </dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>
            <Timestamp iso={snapshot.receivedAt} />
          </dd>
        </div>
        <div>
          <dt>Kubernetes</dt>
          <dd>{snapshot.kubernetesVersion ?? '—'}</dd>
        </div>
        <div>
          <dt>Objects</dt>
          <dd>{snapshot.objectCount ?? '—'}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{snapshot.source ?? '—'}</dd>
        </div>
        <div>
          <dt>Waited in queue</dt>
          <dd>{formatDuration(snapshot.timings?.queuedMs)}</dd>
        </div>
        <div>
          <dt>Analysis took</dt>
          <dd>{formatDuration(snapshot.timings?.analysisMs)}</dd>
        </div>
        <div className="facts-wide">
          <dt>Findings</dt>
          <dd>
            <SeverityCounts counts={snapshot.counts} />
          </dd>
        </div>
      </dl>
      {snapshot.status === 'failed' ? (
        <p className="notice notice-error" role="alert">
          Analysis failed: {snapshot.failureReason ?? 'no reason given'}
        </p>
      ) : null}
    </section>
  );
}
