import type { Schema } from '../../server/api-types';
import { SeverityBadge } from '../SeverityBadge';

type ScanFinding = Schema<'ScanFinding'>;

function where(finding: ScanFinding): string {
  const object = [finding.namespace, finding.kind, finding.name].filter(Boolean).join('/');
  const location = finding.location
    ? `${finding.location}${finding.line ? `:${finding.line}` : ''}`
    : null;
  return [object, finding.container ? `container ${finding.container}` : null, location]
    .filter(Boolean)
    .join(' · ');
}

/** The findings a scan added compared with its base (what the gate judged). */
export function NewFindings({ findings }: { findings: ScanFinding[] }) {
  if (findings.length === 0) return <span className="muted">None</span>;
  return (
    <details className="new-findings">
      <summary>
        {findings.length} new finding{findings.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {findings.map((finding) => (
          <li key={finding.fingerprint} data-rule={finding.ruleId}>
            <SeverityBadge severity={finding.severity} /> <code>{finding.ruleId}</code>{' '}
            {finding.title}
            <br />
            <span className="muted small">{where(finding)}</span>
            {finding.suppressed ? (
              <span className="muted small"> (suppressed: {finding.suppressionReason})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
