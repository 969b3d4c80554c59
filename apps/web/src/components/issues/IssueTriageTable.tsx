import { formatAge } from '../../format/age';
import { formatWorkload } from '../../format/format-value';
import { encodeSuppressionTarget } from '../../format/suppression-target';
import type { Issue } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';
import { SeverityBadge } from '../SeverityBadge';
import { Timestamp } from '../Timestamp';
import { SUPPRESS_FORM_ID } from './suppress-form-id';

function status(issue: Issue): string {
  if (issue.suppressed) return 'suppressed';
  if (issue.open) return 'open';
  return issue.resolvedReason ? `resolved (${issue.resolvedReason.replace('_', ' ')})` : 'resolved';
}

/** The cluster's issues, one row each; with checkboxes for the suppress form when the user may suppress. */
export function IssueTriageTable({
  cluster,
  issues,
  selectable,
  now,
}: {
  cluster: string;
  issues: Issue[];
  selectable: boolean;
  now: Date;
}) {
  return (
    <div className="table-scroll">
      <table className="findings issues">
        <caption>Issues of cluster {cluster}</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col">
                <span className="visually-hidden">Select</span>
              </th>
            ) : null}
            <th scope="col">Severity</th>
            <th scope="col">Check</th>
            <th scope="col">Workload</th>
            <th scope="col">Container</th>
            <th scope="col">Message</th>
            <th scope="col">Status</th>
            <th scope="col">First seen</th>
            <th scope="col">Age</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => {
            const workload = formatWorkload(issue);
            return (
              <tr key={issue.id} data-check-id={issue.checkId} data-issue-id={issue.id}>
                {selectable ? (
                  <td className="select">
                    <input
                      type="checkbox"
                      name="issue"
                      form={SUPPRESS_FORM_ID}
                      value={encodeSuppressionTarget(issue)}
                      aria-label={`Select ${issue.checkId} on ${workload}`}
                      disabled={!issue.open || issue.suppressed}
                    />
                  </td>
                ) : null}
                <td>
                  <SeverityBadge severity={issue.severity} />
                </td>
                <td>
                  <code className="check-id">{issue.checkId}</code>
                  <br />
                  {issue.title}
                </td>
                <td className="workload">
                  <WorkloadLink cluster={cluster} id={workload} />
                </td>
                <td>{issue.container ?? <span className="muted">—</span>}</td>
                <td>
                  {issue.message}
                  {issue.path ? (
                    <>
                      <br />
                      <code className="muted">{issue.path}</code>
                    </>
                  ) : null}
                </td>
                <td>{status(issue)}</td>
                <td>
                  <Timestamp iso={issue.firstSeenAt} />
                </td>
                <td className="number">{formatAge(issue.firstSeenAt, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
