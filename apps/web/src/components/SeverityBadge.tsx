import type { Severity } from '../server/api-types';

const LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

export function severityLabel(severity: Severity): string {
  return LABELS[severity];
}

/** One severity as a coloured badge; the text carries the meaning, colour only reinforces it. */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  return (
    <span className={`badge severity-${severity}`}>
      {count === undefined ? LABELS[severity] : `${count} ${LABELS[severity].toLowerCase()}`}
    </span>
  );
}
