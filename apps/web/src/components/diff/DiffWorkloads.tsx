import type { SnapshotDiff } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';

function Level({ level }: { level: string }) {
  return <span className={`level level-${level}`}>{level}</span>;
}

/** Workloads added and removed, and Pod Security level changes, between two snapshots. */
export function DiffWorkloads({
  cluster,
  workloads,
}: {
  cluster: string;
  workloads: SnapshotDiff['workloads'];
}) {
  const rows = [
    ...workloads.levelChanged.map((w) => ({
      id: w.id,
      change: 'level changed',
      from: w.from,
      to: w.to,
    })),
    ...workloads.added.map((w) => ({ id: w.id, change: 'added', from: null, to: w.level })),
    ...workloads.removed.map((w) => ({ id: w.id, change: 'removed', from: w.level, to: null })),
  ];
  if (rows.length === 0)
    return <p className="empty">No workload was added, removed or changed level.</p>;
  return (
    <div className="table-scroll">
      <table className="diff-workloads">
        <caption>
          {workloads.counts.levelChanged} level changes, {workloads.counts.added} added,{' '}
          {workloads.counts.removed} removed
        </caption>
        <thead>
          <tr>
            <th scope="col">Workload</th>
            <th scope="col">Change</th>
            <th scope="col">Pod Security level before</th>
            <th scope="col">after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.change}:${row.id}`} data-change={row.change}>
              <td>
                {row.to === null ? (
                  <span className="name">{row.id}</span>
                ) : (
                  <WorkloadLink cluster={cluster} id={row.id} />
                )}
              </td>
              <td>{row.change}</td>
              <td>{row.from ? <Level level={row.from} /> : <span className="muted">—</span>}</td>
              <td>{row.to ? <Level level={row.to} /> : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
