import {
  issueApiQuery,
  issueApiQueryFromSearch,
  issueFilterQuery,
  parseIssueFilters,
} from './issue-filters';

describe('issue filters', () => {
  it('defaults to open issues and passes the filters on to the API', () => {
    const filters = parseIssueFilters({
      namespace: 'monitoring',
      q: ' log-agent ',
      newSince: '2026-11-21',
    });
    expect(filters.status).toBe('open');
    expect(issueApiQuery(filters)).toEqual({
      namespace: 'monitoring',
      workload: null,
      kind: null,
      severity: null,
      check: null,
      status: 'open',
      firstSeenAfter: '2026-11-21',
      q: 'log-agent',
      sort: null,
      cursor: null,
    });
  });

  it('asks for every status when the page says all, and keeps the default out of links', () => {
    expect(issueApiQuery(parseIssueFilters({ status: 'all' })).status).toBeNull();
    expect(issueFilterQuery(parseIssueFilters({ status: 'open' })).status).toBeNull();
    expect(issueFilterQuery(parseIssueFilters({ status: 'suppressed' })).status).toBe('suppressed');
  });

  it('reads the same filters from an export URL', () => {
    const query = issueApiQueryFromSearch(
      new URLSearchParams('status=resolved&check=pss.&sort=-firstSeen'),
    );
    expect(query).toMatchObject({ status: 'resolved', check: 'pss.', sort: '-firstSeen' });
  });
});
