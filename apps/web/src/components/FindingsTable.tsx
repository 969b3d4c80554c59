import { formatValue, formatWorkload } from '../format/format-value';
import type { Finding } from '../server/api-types';
import { SeverityBadge } from './SeverityBadge';
import { Timestamp } from './Timestamp';

function Check({ finding }: { finding: Finding }) {
  return (
    <>
      <code className="check-id">{finding.checkId}</code>
      <br />
      {finding.docsUrl ? (
        <a href={finding.docsUrl} rel="noreferrer noopener" target="_blank">
          {finding.title}
        </a>
      ) : (
        finding.title
      )}
    </>
  );
}

function Message({ finding }: { finding: Finding }) {
  const observed = formatValue(finding.observed);
  const expected = formatValue(finding.expected);
  return (
    <>
      {finding.message}
      {finding.path ? (
        <>
          <br />
          <code className="path muted">{finding.path}</code>
        </>
      ) : null}
      {observed !== null || expected !== null ? (
        <dl className="observed">
          {observed !== null ? (
            <>
              <dt>Observed</dt>
              <dd>
                <code>{observed}</code>
              </dd>
            </>
          ) : null}
          {expected !== null ? (
            <>
              <dt>Expected</dt>
              <dd>
                <code>{expected}</code>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </>
  );
}

/** The findings of one snapshot page, one row each; the field path under the message (as on the issues page). */
export function FindingsTable({ findings, caption }: { findings: Finding[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="findings">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Check</th>
            <th scope="col">Workload</th>
            <th scope="col">Container</th>
            <th scope="col">Message</th>
            <th scope="col">Remediation</th>
            <th scope="col">First seen</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => (
            <tr key={finding.id} data-check-id={finding.checkId}>
              <td>
                <SeverityBadge severity={finding.severity} />
              </td>
              <td>
                <Check finding={finding} />
              </td>
              <td className="workload">{formatWorkload(finding)}</td>
              <td>{finding.container ?? <span className="muted">—</span>}</td>
              <td className="message">
                <Message finding={finding} />
              </td>
              <td className="remediation">
                {finding.remediation ?? <span className="muted">—</span>}
              </td>
              <td>
                <Timestamp iso={finding.firstSeenAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
