import Link from 'next/link';
import { hrefWithQuery } from '../format/href';
import { SEVERITIES, type Severity, type SeverityCounts } from '../server/api-types';
import { severityLabel } from './SeverityBadge';

/** Links that filter the findings by severity (`?severity=`); plain links, so it works without JavaScript. */
export function SeverityFilter({
  pathname,
  selected,
  counts,
}: {
  pathname: string;
  selected: Severity | null;
  counts: SeverityCounts | null;
}) {
  const options: { value: Severity | null; label: string; count: number | undefined }[] = [
    { value: null, label: 'All', count: counts?.total },
    ...SEVERITIES.map((severity) => ({
      value: severity,
      label: severityLabel(severity),
      count: counts?.[severity],
    })),
  ];
  return (
    <nav aria-label="Filter findings by severity">
      <ul className="filter">
        {options.map((option) => (
          <li key={option.label}>
            <Link
              href={hrefWithQuery(pathname, { severity: option.value })}
              aria-current={option.value === selected ? 'page' : undefined}
              className={option.value ? `filter-${option.value}` : undefined}
            >
              {option.label}
              {option.count === undefined ? null : (
                <span className="filter-count"> ({option.count})</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
