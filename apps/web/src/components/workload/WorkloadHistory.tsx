import Link from 'next/link';
import { snapshotHref } from '../../format/cluster-href';
import type { WorkloadDetail } from '../../server/read-model-types';
import { SeverityBadge } from '../SeverityBadge';
import { Timestamp } from '../Timestamp';

function Level({ level }: { level: string | null }) {
  return level ? (
    <span className={`level level-${level}`}>{level}</span>
  ) : (
    <span className="muted">—</span>
  );
}

/** How the workload's Pod Security level changed, and its issues opened and resolved, up to this snapshot. */
export function WorkloadHistory({ history }: { history: WorkloadDetail['history'] }) {
  return (
    <>
      <div className="table-scroll">
        <table className="level-history">
          <caption>Pod Security level over time</caption>
          <thead>
            <tr>
              <th scope="col">Snapshot</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {history.levelChanges.map((change) => (
              <tr key={`${change.snapshotId}:${change.at}`}>
                <td>
                  <Link href={snapshotHref(change.snapshotId)}>
                    <Timestamp iso={change.at} />
                  </Link>
                </td>
                <td>{change.from === null ? 'appeared' : <Level level={change.from} />}</td>
                <td>{change.to === null ? 'gone' : <Level level={change.to} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {history.issues.length === 0 ? (
        <p className="empty">No issue was ever opened on this workload.</p>
      ) : (
        <div className="table-scroll">
          <table className="issue-history">
            <caption>Issues opened and resolved</caption>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Check</th>
                <th scope="col">Field</th>
                <th scope="col">Opened</th>
                <th scope="col">Resolved</th>
              </tr>
            </thead>
            <tbody>
              {history.issues.map((event) => (
                <tr key={`${event.issueId}:${event.openedSnapshotId}`}>
                  <td>
                    <SeverityBadge severity={event.severity} />
                  </td>
                  <td>
                    <code>{event.checkId}</code>
                  </td>
                  <td>
                    <code className="field-path">{event.path}</code>
                  </td>
                  <td>
                    <Link href={snapshotHref(event.openedSnapshotId)}>
                      <Timestamp iso={event.openedAt} />
                    </Link>
                  </td>
                  <td>
                    {event.resolvedSnapshotId ? (
                      <>
                        <Link href={snapshotHref(event.resolvedSnapshotId)}>
                          <Timestamp iso={event.resolvedAt} />
                        </Link>{' '}
                        ({event.resolvedReason?.replace('_', ' ') ?? 'resolved'})
                      </>
                    ) : (
                      'still open'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
