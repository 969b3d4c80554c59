import Link from 'next/link';
import {
  ISSUE_SORT_OPTIONS,
  ISSUE_STATUS_OPTIONS,
  type IssueFilters,
} from '../../format/issue-filters';
import { SEVERITIES } from '../../server/api-types';
import type { CheckInfo } from '../../server/read-model-types';
import { severityLabel } from '../SeverityBadge';

/** The triage filters as a GET form: the URL holds them, so a filtered view can be shared. */
export function IssueFilterForm({
  pathname,
  filters,
  namespaces,
  checks,
}: {
  pathname: string;
  filters: IssueFilters;
  namespaces: string[];
  checks: CheckInfo[];
}) {
  return (
    <form
      method="get"
      action={pathname}
      className="form-grid issue-filters"
      aria-label="Filter issues"
    >
      {filters.workload ? <input type="hidden" name="workload" value={filters.workload} /> : null}
      {filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
      <div className="field">
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder="log-agent, privileged…"
        />
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={filters.status}>
          {ISSUE_STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-namespace">Namespace</label>
        <select id="filter-namespace" name="namespace" defaultValue={filters.namespace ?? ''}>
          <option value="">Any namespace</option>
          {namespaces.map((namespace) => (
            <option key={namespace} value={namespace}>
              {namespace}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-severity">Severity</label>
        <select id="filter-severity" name="severity" defaultValue={filters.severity ?? ''}>
          <option value="">Any severity</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severityLabel(severity)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-check">Check</label>
        <select id="filter-check" name="check" defaultValue={filters.check ?? ''}>
          <option value="">Any check</option>
          {checks.map((check) => (
            <option key={check.id} value={check.id}>
              {check.id} — {check.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-newSince">New since</label>
        <input
          id="filter-newSince"
          type="date"
          name="newSince"
          defaultValue={filters.newSince ?? ''}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Sort</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort ?? 'severity'}>
          {ISSUE_SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {filters.workload ? (
        <p className="facts-wide">
          Only workload{' '}
          <span className="name">
            {filters.kind ? `${filters.kind}/` : ''}
            {filters.workload}
          </span>{' '}
          (<Link href={pathname}>all workloads</Link>)
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Apply
        </button>
        <Link href={pathname}>Reset</Link>
      </div>
    </form>
  );
}
