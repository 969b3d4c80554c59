import Link from 'next/link';
import type { SnapshotListItem } from '../../server/api-types';
import { SeverityCounts } from '../SeverityCounts';
import { StatusBadge } from '../StatusBadge';
import { Timestamp } from '../Timestamp';
import { clusterPageHref } from '../../format/cluster-href';

/** A cluster's snapshots, newest first, each linked, with what changed since the one before. */
export function SnapshotsTable({
  cluster,
  snapshots,
}: {
  cluster: string;
  snapshots: SnapshotListItem[];
}) {
  if (snapshots.length === 0) return <p className="empty">This cluster has no snapshots yet.</p>;
  return (
    <div className="table-scroll">
      <table className="snapshots">
        <caption className="visually-hidden">Snapshots of {cluster}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Collected</th>
            <th scope="col">Status</th>
            <th scope="col">Findings</th>
            <th scope="col">Kubernetes</th>
            <th scope="col" className="number">
              Objects
            </th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((snapshot, index) => {
            const older = snapshots[index + 1];
            return (
              <tr key={snapshot.id} data-snapshot-id={snapshot.id}>
                <th scope="row">
                  <Link href={`/snapshots/${encodeURIComponent(snapshot.id)}`}>
                    <Timestamp iso={snapshot.collectedAt ?? snapshot.receivedAt} />
                  </Link>
                </th>
                <td>
                  <StatusBadge status={snapshot.status} />
                  {snapshot.status === 'failed' && snapshot.failureReason ? (
                    <p className="failure">{snapshot.failureReason}</p>
                  ) : null}
                </td>
                <td>
                  <SeverityCounts counts={snapshot.counts} />
                </td>
                <td>{snapshot.kubernetesVersion ?? <span className="muted">—</span>}</td>
                <td className="number">{snapshot.objectCount ?? '—'}</td>
                <td>
                  {older && older.status === 'done' && snapshot.status === 'done' ? (
                    <Link
                      href={`${clusterPageHref(cluster, 'diff')}?from=${encodeURIComponent(older.id)}&to=${encodeURIComponent(snapshot.id)}`}
                    >
                      Changes since the one before
                    </Link>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
