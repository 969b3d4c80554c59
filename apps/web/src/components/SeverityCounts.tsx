import { SEVERITIES, type SeverityCounts as Counts } from '../server/api-types';
import { SeverityBadge } from './SeverityBadge';

/** Counts by severity as badges; zero counts are left out to keep rows quiet. */
export function SeverityCounts({ counts }: { counts: Counts | null }) {
  if (counts === null) return <span className="muted">—</span>;
  if (counts.total === 0) return <span className="badge severity-none">No findings</span>;
  return (
    <ul className="badge-list" aria-label={`${counts.total} findings by severity`}>
      {SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => (
        <li key={severity}>
          <SeverityBadge severity={severity} count={counts[severity]} />
        </li>
      ))}
    </ul>
  );
}
