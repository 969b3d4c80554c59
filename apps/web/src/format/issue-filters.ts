/** The issues page's filters as they travel in its URL, and what the API is asked for. */

export const ISSUE_SORT_OPTIONS = [
  { value: 'severity', label: 'Most severe first' },
  { value: '-firstSeen', label: 'Newest first' },
  { value: 'firstSeen', label: 'Oldest first' },
  { value: 'namespace', label: 'Namespace, then workload' },
  { value: 'check', label: 'Check' },
] as const;

export const ISSUE_STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'new', label: 'New in the latest snapshot' },
  { value: 'suppressed', label: 'Suppressed' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'Any status' },
] as const;

export interface IssueFilters {
  namespace: string | null;
  /** A workload's name and kind (links from a workload page; no control of their own). */
  workload: string | null;
  kind: string | null;
  severity: string | null;
  check: string | null;
  /** `open` unless the URL says otherwise; `all` asks for every status. */
  status: string;
  /** `YYYY-MM-DD`: first seen after the start of that day (UTC). */
  newSince: string | null;
  q: string | null;
  sort: string | null;
  cursor: string | null;
}

type Search = Record<string, string | string[] | undefined>;

function one(search: Search, key: string): string | null {
  const value = search[key];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : null;
}

export function parseIssueFilters(search: Search): IssueFilters {
  return {
    namespace: one(search, 'namespace'),
    workload: one(search, 'workload'),
    kind: one(search, 'kind'),
    severity: one(search, 'severity'),
    check: one(search, 'check'),
    status: one(search, 'status') ?? 'open',
    newSince: one(search, 'newSince'),
    q: one(search, 'q'),
    sort: one(search, 'sort'),
    cursor: one(search, 'cursor'),
  };
}

/** The filters as the page's own query string (no cursor): for links, paging and the CSV export. */
export function issueFilterQuery(filters: IssueFilters): Record<string, string | null> {
  return {
    namespace: filters.namespace,
    workload: filters.workload,
    kind: filters.kind,
    severity: filters.severity,
    check: filters.check,
    status: filters.status === 'open' ? null : filters.status,
    newSince: filters.newSince,
    q: filters.q,
    sort: filters.sort,
  };
}

/** The API's query (`GET /clusters/{name}/issues`) for the filters. */
export function issueApiQuery(filters: IssueFilters): Record<string, string | null> {
  return {
    namespace: filters.namespace,
    workload: filters.workload,
    kind: filters.kind,
    severity: filters.severity,
    check: filters.check,
    status: filters.status === 'all' ? null : filters.status,
    firstSeenAfter: filters.newSince,
    q: filters.q,
    sort: filters.sort,
    cursor: filters.cursor,
  };
}

/** The same query for a page URL carrying the filters (the CSV export's). */
export function issueApiQueryFromSearch(search: URLSearchParams): Record<string, string | null> {
  const record: Search = {};
  for (const [key, value] of search) record[key] = value;
  return issueApiQuery(parseIssueFilters(record));
}
