import type { Metadata } from 'next';
import Link from 'next/link';
import { ClusterPageHeader } from '../../../../components/cluster/ClusterPageHeader';
import { IssueFilterForm } from '../../../../components/issues/IssueFilterForm';
import { IssueTriageTable } from '../../../../components/issues/IssueTriageTable';
import { SuppressForm } from '../../../../components/issues/SuppressForm';
import { Pager } from '../../../../components/Pager';
import { ProblemNotice } from '../../../../components/ProblemNotice';
import { clusterPageHref } from '../../../../format/cluster-href';
import { decodeParam, firstParam, hrefWithQuery } from '../../../../format/href';
import {
  issueApiQuery,
  issueFilterQuery,
  parseIssueFilters,
  type IssueFilters,
} from '../../../../format/issue-filters';
import { currentUser } from '../../../../server/current-user';
import { loadOrProblem } from '../../../../server/load-or-problem';
import {
  getNamespaces,
  listChecks,
  listIssues,
  pickSnapshot,
} from '../../../../server/read-model-api';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;
const SUPPRESSING_ROLES = ['triager', 'admin'];

interface IssuesPageProps {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: IssuesPageProps): Promise<Metadata> {
  return { title: `Issues · ${decodeParam((await params).name)}` };
}

async function loadIssuesPage(cluster: string, filters: IssueFilters) {
  const snapshot = await pickSnapshot(cluster, null);
  const [issues, checks, namespaces] = await Promise.all([
    listIssues(cluster, { ...issueApiQuery(filters), limit: PAGE_SIZE }),
    listChecks(),
    snapshot
      ? getNamespaces(snapshot.id, null, 500).then((view) => view.items.map((n) => n.name))
      : [],
  ]);
  return { snapshot, issues, checks, namespaces };
}

function SuppressOutcome({
  search,
  cluster,
}: {
  search: Record<string, string | string[] | undefined>;
  cluster: string;
}) {
  const suppressed = firstParam(search.suppressed);
  const error = firstParam(search.suppressError);
  if (error)
    return (
      <section className="notice notice-error" role="alert">
        <h2>Nothing was suppressed</h2>
        <p>{error}</p>
      </section>
    );
  if (!suppressed) return null;
  return (
    <section className="notice notice-info" role="status">
      <p>
        {suppressed} suppression{suppressed === '1' ? '' : 's'} created: the issues left the open
        list.{' '}
        <Link href={hrefWithQuery(clusterPageHref(cluster, 'issues'), { status: 'suppressed' })}>
          See the suppressed issues
        </Link>
        .
      </p>
    </section>
  );
}

export default async function IssuesPage({ params, searchParams }: IssuesPageProps) {
  const cluster = decodeParam((await params).name);
  const search = await searchParams;
  const filters = parseIssueFilters(search);
  const pathname = clusterPageHref(cluster, 'issues');
  const query = issueFilterQuery(filters);
  const [loaded, user] = await Promise.all([
    loadOrProblem(() => loadIssuesPage(cluster, filters)),
    currentUser(),
  ]);
  const canSuppress = user !== null && SUPPRESSING_ROLES.includes(user.role);
  const returnTo = hrefWithQuery(pathname, { ...query, cursor: filters.cursor });
  return (
    <>
      <ClusterPageHeader
        cluster={cluster}
        title="Issues"
        snapshot={loaded.ok ? loaded.data.snapshot : null}
      />
      <SuppressOutcome search={search} cluster={cluster} />
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : (
        <>
          <IssueFilterForm
            pathname={pathname}
            filters={filters}
            namespaces={loaded.data.namespaces}
            checks={loaded.data.checks}
          />
          <p className="result-count">
            <span data-testid="issue-count">{loaded.data.issues.items.length}</span> issue
            {loaded.data.issues.items.length === 1 ? '' : 's'} on this page
            {loaded.data.issues.nextCursor ? ' (more on the next pages)' : ''} ·{' '}
            <a href={hrefWithQuery(`${pathname}/export`, query)} download>
              Export all matching issues as CSV
            </a>
          </p>
          {loaded.data.issues.items.length === 0 ? (
            <p className="empty">
              No issue matches these filters.{' '}
              {filters.status === 'open' ? 'Nothing open: try “Any status”.' : null}
            </p>
          ) : (
            <>
              {canSuppress ? <SuppressForm cluster={cluster} returnTo={returnTo} /> : null}
              <IssueTriageTable
                cluster={cluster}
                issues={loaded.data.issues.items}
                selectable={canSuppress}
                now={new Date()}
              />
            </>
          )}
          <Pager
            pathname={pathname}
            query={query}
            cursor={filters.cursor}
            nextCursor={loaded.data.issues.nextCursor}
          />
        </>
      )}
    </>
  );
}
