import { formatWorkload } from '../../format/format-value';
import type { Issue } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';
import { SeverityBadge } from '../SeverityBadge';

/** New or resolved issues between two snapshots. */
export function DiffIssueTable({
  cluster,
  issues,
  total,
  caption,
  resolved,
}: {
  cluster: string;
  issues: Issue[];
  total: number;
  caption: string;
  resolved?: boolean;
}) {
  if (total === 0) return <p className="empty">{caption}: none.</p>;
  return (
    <div className="table-scroll">
      <table className="findings diff-issues" data-list={resolved ? 'resolved' : 'new'}>
        <caption>
          {caption}: {total}
          {issues.length < total ? ` (the first ${issues.length} shown)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Check</th>
            <th scope="col">Workload</th>
            <th scope="col">Container</th>
            <th scope="col">Field</th>
            {resolved ? <th scope="col">Why</th> : null}
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id} data-check-id={issue.checkId}>
              <td>
                <SeverityBadge severity={issue.severity} />
              </td>
              <td>
                <code className="check-id">{issue.checkId}</code>
                <br />
                {issue.title}
              </td>
              <td className="workload">
                <WorkloadLink cluster={cluster} id={formatWorkload(issue)} />
              </td>
              <td>{issue.container ?? <span className="muted">—</span>}</td>
              <td className="path">
                <code>{issue.path}</code>
              </td>
              {resolved ? <td>{issue.resolvedReason?.replace('_', ' ') ?? 'fixed'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
